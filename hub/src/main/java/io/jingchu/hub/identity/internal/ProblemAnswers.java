package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals decided before a controller runs (no or bad credentials, a role that may not call) answered as
 * problem+json with a stable code and a message in the request's language, like every other refusal.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "jingchu";

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemAnswers(Problems problems, LocaleResolver locales, JsonMapper json) {
        this.problems = problems;
        this.locales = locales;
        // the same members MVC writes: the problem's extra properties at the top level, not nested
        this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        ErrorCode code = codeOf(failure);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, code == ErrorCode.TOKEN_INVALID
                ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\""
                : "Bearer realm=\"" + REALM + "\"");
        write(request, response, code);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, ErrorCode.ACCESS_DENIED);
    }

    static ErrorCode codeOf(AuthenticationException failure) {
        if (failure instanceof InvalidTokenException) {
            return ErrorCode.TOKEN_INVALID;
        }
        if (failure instanceof BadCredentialsException || failure instanceof DisabledException) {
            return ErrorCode.BAD_CREDENTIALS;
        }
        return ErrorCode.AUTHENTICATION_REQUIRED;
    }

    /** The request's path, as MVC's problems name it; none if the container let an odd path through. */
    private static @Nullable URI instance(HttpServletRequest request) {
        try {
            return new URI(null, null, request.getRequestURI(), null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        // Security filters run before the dispatcher has resolved the locale, so resolve it the way MVC does.
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        Locale locale = locales.resolveLocale(request);
        LocaleContextHolder.setLocale(locale);
        try {
            ProblemDetail problem = problems.of(code, null);
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
}
