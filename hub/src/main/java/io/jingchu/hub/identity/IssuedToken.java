package io.jingchu.hub.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A token just issued: the only time {@code token} is ever shown. */
public record IssuedToken(long id, String name, String token, Instant createdAt, @Nullable Instant expiresAt) {
}
