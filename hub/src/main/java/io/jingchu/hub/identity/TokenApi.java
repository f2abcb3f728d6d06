package io.jingchu.hub.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * The names of these tokens by id, whoever owns them; ids of no token are left out. For records that say which
     * token a request came with (the access record), whose readers are checked by those records' own rules: a name
     * is all they learn of the token.
     */
    Map<Long, String> names(Collection<Long> ids);
}
