package io.jingchu.hub.access.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import org.jspecify.annotations.Nullable;

/** Checks of free-text input, refusing with the field's name. */
final class Texts {

    /** Purposes, comments and reasons: room for a paragraph, not for a document. */
    static final int MAX_LENGTH = 2000;

    private Texts() {
    }

    /** The text without surrounding blanks; refused when missing, blank or too long. */
    static String require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, field);
        }
        return optional(value, field);
    }

    /** The text without surrounding blanks, null when missing or blank; refused when too long. */
    static @Nullable String optional(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw DomainException.onField(ErrorCode.FIELD_TOO_LONG, field, MAX_LENGTH);
        }
        return trimmed;
    }
}
