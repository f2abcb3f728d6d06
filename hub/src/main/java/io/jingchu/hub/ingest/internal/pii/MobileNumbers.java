package io.jingchu.hub.ingest.internal.pii;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 手机号码: mainland China mobile numbers, eleven digits {@code 1[3-9]xxxxxxxxx}, as people write them: with an
 * optional {@code +86}, {@code 86} or {@code 0086} country code and spaces or dashes between the groups.
 */
public final class MobileNumbers {

    private static final Pattern WRITTEN = Pattern.compile("(\\+86|0086)?[0-9 \\-]+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private MobileNumbers() {
    }

    public static boolean isValid(@Nullable String value) {
        return digits(value) != null;
    }

    /** The eleven digits without country code and separators: {@code 138****5678} masked. */
    public static String mask(String valid) {
        String digits = digits(valid);
        if (digits == null) {
            throw new IllegalArgumentException("not a mobile number");
        }
        return digits.substring(0, 3) + "****" + digits.substring(7);
    }

    /** The eleven digits of a mobile number, or null when the value is not one. */
    static @Nullable String digits(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String written = value.strip();
        if (!WRITTEN.matcher(written).matches()) {
            return null;
        }
        String digits = written.replace(" ", "").replace("-", "").replace("+", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }
}
