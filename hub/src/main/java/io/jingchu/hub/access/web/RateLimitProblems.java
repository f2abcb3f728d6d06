package io.jingchu.hub.access.web;

import io.jingchu.hub.access.internal.RateDecision;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code 429} refusal as problem+json, written by the filter before any controller runs: the same
 * document, code and language as every other refusal, with the seconds to wait as the message's argument.
 */
class RateLimitProblems {

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RateLimitProblems(Problems problems, LocaleResolver locales, JsonMapper json) {
        this.problems = problems;
        this.locales = locales;
        // the members MVC writes: the problem's extra properties at the top level, not nested
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    void write(HttpServletRequest request, HttpServletResponse response, RateDecision decision) throws IOException {
        ErrorCode code = Objects.requireNonNull(decision.refusal(), "only refusals are written");
        // filters run before the dispatcher has resolved the locale, so resolve it the way MVC does
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        Locale locale = locales.resolveLocale(request);
        LocaleContextHolder.setLocale(locale);
        try {
            ProblemDetail problem = problems.of(code, null, decision.reset());
            problem.setInstance(instance(request));
            response.setStatus(code.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            json.writeValue(response.getOutputStream(), problem);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private static @Nullable URI instance(HttpServletRequest request) {
        try {
            return new URI(null, null, request.getRequestURI(), null);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
