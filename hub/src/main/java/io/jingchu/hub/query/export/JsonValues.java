package io.jingchu.hub.query.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** Writes one value of a result the way every JSON answer of the query module writes it. */
public final class JsonValues {

    private JsonValues() {
    }

    /** Numbers as JSON numbers (decimals in plain notation), dates and timestamps as ISO 8601 text. */
    public static void write(JsonGenerator json, @Nullable Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d.toPlainString());
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger b) {
            json.writeNumber(b);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(text(value));
        }
    }

    /** A value as text: what CSV cells and spreadsheet text hold. */
    public static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }
}
