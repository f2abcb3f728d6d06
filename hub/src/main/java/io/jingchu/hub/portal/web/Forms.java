package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import io.jingchu.hub.common.ValidationException.Violation;
import io.jingchu.hub.common.web.Problems;
import io.jingchu.hub.common.web.Problems.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the portal's forms share: reading optional values, and refusals shown beside the fields they name. A
 * form's page takes them as {@code errors}, a map from the field's name (as the API's problem names it,
 * {@code fields[2].name}; empty for none) to its {@link FieldError}.
 */
@Component
class Forms {

    private final Problems problems;

    Forms(Problems problems) {
        this.problems = problems;
    }

    /** A refusal as a form shows it; the response takes the refusal's status, as the API's would. */
    Map<String, FieldError> errors(DomainException e, HttpServletResponse response) {
        response.setStatus(e.code().status().value());
        if (e instanceof ValidationException invalid) {
            return errors(invalid.violations());
        }
        String field = e.field() == null ? "" : e.field();
        return Map.of(field, new FieldError(field, e.code().name(), message(e)));
    }

    /** Violations by field, the first for each field. */
    Map<String, FieldError> errors(List<Violation> violations) {
        Map<String, FieldError> byField = new LinkedHashMap<>();
        for (Violation v : violations) {
            String field = v.field() == null ? "" : v.field();
            byField.putIfAbsent(field, problems.fieldError(v.code(), field, v.args().toArray()));
        }
        return byField;
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
