package io.jingchu.hub.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it in listings: everything but the token itself, which is shown only once. */
public record ApiToken(long id, long userId, String name, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    /** Whether the token still opens the API at {@code now}: neither revoked nor expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
