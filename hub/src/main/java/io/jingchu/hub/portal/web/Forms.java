package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the portal's forms share: reading optional values, and a refusal's message to show next to a field. */
@Component
class Forms {

    private final Problems problems;

    Forms(Problems problems) {
        this.problems = problems;
    }

    /** A refusal to show beside the form's field it names (or above the form when it names none). */
    record FormError(@Nullable String field, String code, String message) {
    }

    /** The refusal as a form shows it; the response takes the refusal's status, as the API's would. */
    FormError error(DomainException e, HttpServletResponse response) {
        response.setStatus(e.code().status().value());
        return new FormError(e.field(), e.code().name(), message(e));
    }

    /** A refusal in the request's language, the same words the API's problem gives. */
    String message(DomainException e) {
        return problems.message(e.code(), e.field(), e.args(), LocaleContextHolder.getLocale());
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An optional date from a date input ({@code 2026-12-31}); anything else is refused naming the field. */
    static @Nullable LocalDate date(@Nullable String text, String field) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, field);
        }
    }
}
