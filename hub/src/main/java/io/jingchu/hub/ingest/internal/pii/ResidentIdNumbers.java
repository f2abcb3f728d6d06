package io.jingchu.hub.ingest.internal.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 公民身份号码 (GB 11643): 18 characters, a 6-digit administrative division code, an 8-digit birth date, a
 * 3-digit sequence number and an ISO 7064 MOD 11-2 check character ({@code 0}–{@code 9} or {@code X}). A value
 * counts as one only when all four hold: a real province, a real and past birth date, and the right check
 * character, so that an arbitrary 18-digit number is rarely taken for one.
 */
public final class ResidentIdNumbers {

    /** Weight of each of the first 17 digits: 2^(17 - i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Check character for each remainder of the weighted sum mod 11. */
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** First two digits of the division code: the provinces, Taiwan (71), Hong Kong (81), Macao (82) and their residence permits (83). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private ResidentIdNumbers() {
    }

    public static boolean isValid(@Nullable String value) {
        return isValid(value, LocalDate.now(CHINA));
    }

    static boolean isValid(@Nullable String value, LocalDate today) {
        if (value == null) {
            return false;
        }
        String id = value.strip();
        if (id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(id.charAt(i))) {
                return false;
            }
        }
        char last = Character.toUpperCase(id.charAt(17));
        if (!isDigit(last) && last != 'X') {
            return false;
        }
        return PROVINCES.contains(id.substring(0, 2))
                && isPlausibleBirthDate(id.substring(6, 14), today)
                && checkCharacter(id.substring(0, 17)) == last;
    }

    /**
     * The check character for the first 17 digits.
     *
     * @throws IllegalArgumentException when {@code first17} is not 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isDigit(c)) {
                throw new IllegalArgumentException("17 digits expected");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The division code and the last four characters, the birth date and sequence hidden: {@code 420502********1234}. */
    public static String mask(String valid) {
        String id = valid.strip().toUpperCase(java.util.Locale.ROOT);
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    private static boolean isPlausibleBirthDate(String yyyymmdd, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return birth.getYear() >= EARLIEST_BIRTH_YEAR && !birth.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
