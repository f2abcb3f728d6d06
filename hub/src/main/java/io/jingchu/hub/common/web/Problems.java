package io.jingchu.hub.common.web;

import io.jingchu.hub.common.ErrorCode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem documents: {@code type} names the stable code, {@code title} and {@code detail}
 * are in the request's language, {@code code} and {@code field} are the members clients branch on.
 */
@Component
public class Problems {

    /** Where the problem types live; each code's page documents it (docs/errors.md). */
    public static final String TYPE_BASE = "https://jingchu.io/problems/";

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(ErrorCode code, @Nullable String field, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(code.status());
        problem.setType(URI.create(TYPE_BASE + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("title." + code.category().name(), null,
                code.status().getReasonPhrase(), locale));
        problem.setDetail(message(code, field, args, locale));
        problem.setProperty("code", code.name());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** One entry of a multi-field refusal: every offending field is named, not just the first. */
    public FieldError fieldError(ErrorCode code, String field, Object... args) {
        return new FieldError(field, code.name(), message(code, field, args, LocaleContextHolder.getLocale()));
    }

    public ProblemDetail ofFields(List<FieldError> errors) {
        FieldError first = errors.get(0);
        ProblemDetail problem = of(ErrorCode.valueOf(first.code()), first.field());
        problem.setDetail(first.message());
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The human message of a refusal in a given language, as problem documents carry it. */
    public String message(ErrorCode code, @Nullable String field, Object[] args, Locale locale) {
        Object[] withField = new Object[args.length + 1];
        withField[0] = field == null ? "" : field;
        System.arraycopy(args, 0, withField, 1, args.length);
        return messages.getMessage(code.messageKey(), withField, code.name(), locale);
    }

    /** A field named in a refusal, with its own code and message. */
    public record FieldError(String field, String code, String message) {
    }
}
