package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Login names are compared without regard to case ({@code Zhang.San} and {@code zhang.san} are one user), so
 * they are kept in lower case: letters, digits and {@code . _ @ -}, 2 to 64 characters.
 */
final class Usernames {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private Usernames() {
    }

    /** The stored form of a name someone typed, for lookups; no shape check. */
    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** The stored form of a new user's name, refused with the field {@code username} when it has the wrong shape. */
    static String requireValid(@Nullable String username) {
        if (username == null || username.isBlank()) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "username");
        }
        String normalized = normalize(username);
        if (!SHAPE.matcher(normalized).matches()) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "username", username);
        }
        return normalized;
    }
}
