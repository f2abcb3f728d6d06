package io.jingchu.hub.ingest.internal.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one textual form every converter writes a value in, so that the loader parses spreadsheet cells and
 * database columns alike: numbers in plain decimal notation without exponent or trailing zeros ({@code 42},
 * not {@code 42.0} or {@code 4.2E1}), dates as ISO 8601 ({@code 2024-01-15}, {@code 2024-01-15T08:30:00},
 * {@code 2024-01-15T08:30:00+08:00}), times as {@code 08:30:00}, booleans as {@code true}/{@code false}.
 */
final class ValueText {

    /** Spreadsheet applications show numbers to 15 significant digits; the 16th and 17th are binary noise. */
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

    private ValueText() {
    }

    static String decimal(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** A binary floating-point number in its shortest exact decimal form; NaN and infinities by name. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return decimal(new BigDecimal(Double.toString(value)));
    }

    static String number(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return number((double) value);
        }
        return decimal(new BigDecimal(Float.toString(value)));
    }

    /** A spreadsheet number as the spreadsheet shows it: rounded to 15 significant digits. */
    static String spreadsheetNumber(BigDecimal value) {
        return decimal(value.round(SPREADSHEET_PRECISION));
    }

    static String spreadsheetNumber(double value) {
        return Double.isFinite(value) ? spreadsheetNumber(new BigDecimal(Double.toString(value))) : number(value);
    }

    static String bool(boolean value) {
        return value ? "true" : "false";
    }

    static String date(LocalDate value) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }

    /** Always with seconds ({@code 08:30:00}), fractions only when there are any. */
    static String dateTime(LocalDateTime value) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
    }

    static String dateTime(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    static String time(LocalTime value) {
        return DateTimeFormatter.ISO_LOCAL_TIME.format(value);
    }

    /** A date-formatted spreadsheet value: a date when it has no time of day, a time when it has no date. */
    static String spreadsheetDate(LocalDateTime value, boolean timeOnly) {
        if (timeOnly) {
            return time(value.toLocalTime());
        }
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? date(value.toLocalDate()) : dateTime(value);
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
