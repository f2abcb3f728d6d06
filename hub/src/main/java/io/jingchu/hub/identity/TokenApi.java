package io.jingchu.hub.identity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in user's own API tokens (many per user, named, optionally expiring, revocable), as the REST API and
 * the portal's developer centre manage them. Anonymous callers are refused ({@code AUTHENTICATION_REQUIRED}).
 */
public interface TokenApi {

    /**
     * Issues a token named {@code name} (required, at most 100 characters), working until {@code expiresAt} (in the
     * future: {@code FIELD_INVALID} on {@code expiresAt} otherwise) or, without one, until revoked.
     */
    IssuedToken issue(Caller caller, @Nullable String name, @Nullable Instant expiresAt);

    /** The caller's own tokens, revoked and expired ones included, oldest first. */
    List<ApiToken> list(Caller caller);

    /** Revokes one of the caller's tokens (an ADMIN may revoke anyone's); revoking twice changes nothing. */
    void revoke(Caller caller, long id);
}
