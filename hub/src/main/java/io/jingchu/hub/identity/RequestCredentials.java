package io.jingchu.hub.identity;

/**
 * What a web request's credentials were, beyond the {@link Caller} they stand for: other modules count or
 * audit per credential (rate limits and quotas are kept per API token), not only per user.
 */
public final class RequestCredentials {

    /**
     * Request attribute holding the id ({@link Long}) of the API token that authenticated the request. Absent
     * when the request came with a password, a web session or no credentials at all.
     */
    public static final String API_TOKEN_ID = "io.jingchu.hub.identity.apiTokenId";

    private RequestCredentials() {
    }
}
