package io.jingchu.client;

import java.util.List;

/**
 * The hub refused a call: the RFC 9457 problem document it answered with. {@code code} is the hub's
 * stable error code (such as {@code FIELD_INVALID}), {@code field} the offending field if any, and
 * {@code detail} the message in the request's language.
 */
public class JingchuException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final String detail;
    private final List<FieldError> errors;

    public JingchuException(int status, String code, String field, String detail, List<FieldError> errors) {
        super(describe(status, code, field, detail));
        this.status = status;
        this.code = code;
        this.field = field;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** HTTP status, such as 400 or 409. */
    public int status() {
        return status;
    }

    /** The hub's error code, or null when the answer was not a problem document. */
    public String code() {
        return code;
    }

    /** The offending field (such as {@code fields[0].name}), or null. */
    public String field() {
        return field;
    }

    /** What went wrong, in the request's language; may be null. */
    public String detail() {
        return detail;
    }

    /** Each wrong field when the hub reported several; empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }

    /** One wrong field of a problem that lists several. */
    public record FieldError(String field, String code, String message) {
    }

    /** {@code 400 FIELD_INVALID (fields[0].name): …}, leaving out what the hub did not say. */
    private static String describe(int status, String code, String field, String detail) {
        StringBuilder text = new StringBuilder().append(status);
        if (code != null) {
            text.append(' ').append(code);
        }
        if (field != null) {
            text.append(" (").append(field).append(')');
        }
        if (detail != null && !detail.isBlank()) {
            text.append(": ").append(detail);
        }
        return text.toString();
    }
}
