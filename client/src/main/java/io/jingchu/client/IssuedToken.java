package io.jingchu.client;

import java.time.Instant;

/**
 * A newly created API token. The hub shows {@code token} only in this answer and keeps only its hash.
 *
 * @param expiresAt null when it does not expire
 */
public record IssuedToken(long id, String name, String token, Instant createdAt, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", name=" + name + ", expiresAt=" + expiresAt + "]";
    }
}
