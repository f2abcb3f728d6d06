package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import org.jspecify.annotations.Nullable;

/** Checks of single input fields, refusing with the field's name. */
final class Fields {

    private Fields() {
    }

    /** The value without surrounding blanks; refused when missing, blank or longer than {@code maxLength}. */
    static String requireText(@Nullable String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, field);
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw DomainException.onField(ErrorCode.FIELD_TOO_LONG, field, maxLength);
        }
        return trimmed;
    }
}
