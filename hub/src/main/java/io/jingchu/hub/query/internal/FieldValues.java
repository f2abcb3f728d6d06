package io.jingchu.hub.query.internal;

import io.jingchu.hub.catalog.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns text from a request into a value of a field's type, the only form in which a value ever reaches the
 * engine. Text that is not a value of the type is refused, not guessed at.
 */
public final class FieldValues {

    /** Decimals the engine compares exactly: up to 28 digits before the point and 10 after. */
    private static final int MAX_SCALE = 10;
    private static final int MAX_INTEGER_DIGITS = 28;

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 6, true).optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter(Locale.ROOT);

    private FieldValues() {
    }

    /** The value, or empty when the text is not a value of the type. */
    public static Optional<Object> parse(FieldType type, String text) {
        String value = type == FieldType.STRING ? text : text.strip();
        try {
            return Optional.of(switch (type) {
                case STRING -> value;
                case INTEGER -> integer(value);
                case DECIMAL -> decimal(value);
                case BOOLEAN -> bool(value);
                case DATE -> LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
                case TIMESTAMP -> LocalDateTime.parse(value, TIMESTAMP);
            });
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Whether a value already read (from JSON, say) has the Java type of the field type. */
    public static boolean fits(FieldType type, Object value) {
        return switch (type) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Long;
            case DECIMAL -> value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
            case TIMESTAMP -> value instanceof LocalDateTime;
        };
    }

    public static boolean numeric(FieldType type) {
        return type == FieldType.INTEGER || type == FieldType.DECIMAL;
    }

    /** ASCII digits only: {@code Long.parseLong} would also take other scripts' digits. */
    private static Long integer(String text) {
        if (!text.matches("[+-]?[0-9]{1,19}")) {
            throw new NumberFormatException(text);
        }
        return Long.parseLong(text);
    }

    private static BigDecimal decimal(String text) {
        if (text.isEmpty() || text.length() > 64 || !text.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?")) {
            throw new NumberFormatException(text);
        }
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new ArithmeticException("out of range: " + text);
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "t", "yes" -> Boolean.TRUE;
            case "false", "0", "f", "no" -> Boolean.FALSE;
            default -> throw new NumberFormatException(text);
        };
    }
}
