package io.jingchu.hub.ingest.internal.pii;

import org.jspecify.annotations.Nullable;

/**
 * 银行卡号: payment card numbers of 13 to 19 digits whose last digit is the Luhn check digit, written with or
 * without spaces (or dashes) between groups. No card number starts with 0. One in ten arbitrary numbers of
 * that length passes the Luhn check, so a column is judged by the share of its values that match.
 */
public final class BankCardNumbers {

    private BankCardNumbers() {
    }

    public static boolean isValid(@Nullable String value) {
        return digits(value) != null;
    }

    /** The first and last four digits, the rest hidden in groups of four: {@code 6222 **** **** 1234}. */
    public static String mask(String valid) {
        String digits = digits(valid);
        if (digits == null) {
            throw new IllegalArgumentException("not a bank card number");
        }
        StringBuilder masked = new StringBuilder(digits.substring(0, 4));
        int hidden = digits.length() - 8;
        for (int i = 0; i < hidden; i += 4) {
            masked.append(' ').append("*".repeat(Math.min(4, hidden - i)));
        }
        return masked.append(' ').append(digits.substring(digits.length() - 4)).toString();
    }

    /** Whether the digits pass the Luhn (mod 10) check, the last digit being the check digit. */
    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static @Nullable String digits(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String written = value.strip();
        StringBuilder digits = new StringBuilder(19);
        char previous = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if ((c == ' ' || c == '-') && previous >= '0' && previous <= '9') {
                // a single separator between digits
            } else {
                return null;
            }
            previous = c;
        }
        if (digits.length() < 13 || digits.length() > 19 || digits.charAt(0) == '0' || !isDigit(previous)) {
            return null;
        }
        return passesLuhn(digits.toString()) ? digits.toString() : null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
