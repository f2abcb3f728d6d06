package io.jingchu.hub.identifier.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a handle of this hub looks like. A prefix is dot-separated segments of letters and digits ({@code 88.118.8});
 * a suffix is up to 255 characters without spaces or control characters. The suffixes this hub assigns are a
 * resource's code ({@code 420500-000123}) or a version's, the code then {@code /v} and the number
 * ({@code 420500-000123/v2}); resource codes never contain a slash, so the two cannot be confused.
 */
final class HandleSyntax {

    static final int MAX_SUFFIX = 255;
    private static final Pattern PREFIX = Pattern.compile("[0-9A-Za-z]{1,32}(\\.[0-9A-Za-z]{1,32}){0,7}");
    private static final Pattern ASSIGNED = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]{2,63})(?:/v([1-9][0-9]{0,8}))?");

    /** A suffix this hub assigns: a resource's code and, for a version, its number. */
    record Suffix(String resourceCode, Optional<Integer> versionNumber) {
    }

    private HandleSyntax() {
    }

    static boolean isPrefix(String prefix) {
        return PREFIX.matcher(prefix).matches();
    }

    /** {@code FIELD_INVALID} on {@code prefix} or {@code suffix} for something that is not a handle. */
    static void check(String prefix, String suffix) {
        if (!isPrefix(prefix)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "prefix", prefix);
        }
        if (suffix.isEmpty() || suffix.length() > MAX_SUFFIX
                || suffix.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "suffix", suffix);
        }
    }

    /** The resource and version a suffix names, if it has the form this hub assigns. */
    static Optional<Suffix> parse(String suffix) {
        Matcher m = ASSIGNED.matcher(suffix);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Suffix(m.group(1), Optional.ofNullable(m.group(2)).map(Integer::valueOf)));
    }

    static String suffixOf(String resourceCode, int versionNumber) {
        return resourceCode + "/v" + versionNumber;
    }
}
