package io.jingchu.hub.region;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;

/** Rules of the 12-digit statistical division code (统计用区划代码). */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() == 12 && code.chars().allMatch(c -> c >= '0' && c <= '9')
                && !code.startsWith("00");
    }

    public static String requireValid(String code) {
        if (!isValid(code)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "divisionCode", code);
        }
        return code;
    }

    /** Pads a short code from the source files (2, 4, 6 or 9 digits) to the 12-digit form. */
    public static String pad(String shortCode) {
        StringBuilder code = new StringBuilder(shortCode);
        while (code.length() < 12) {
            code.append('0');
        }
        return code.toString();
    }

    /**
     * The significant prefix of a code: every division below it shares this prefix, which is how counts
     * roll up the tree ({@code 4205} for 宜昌市 covers its counties, townships and villages).
     */
    public static String prefix(String code) {
        return code.substring(0, DivisionLevel.ofCode(code).significantDigits());
    }
}
