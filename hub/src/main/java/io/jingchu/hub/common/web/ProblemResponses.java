package io.jingchu.hub.common.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The one place where failures become HTTP answers. Domain refusals keep their code and field; Spring
 * MVC's own failures get a code too; anything unexpected is logged and answered without internals.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private final Problems problems;

    public ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = problems.of(e.code(), e.field(), e.args());
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> validation(ValidationException e) {
        return respond(problems.ofFields(e.violations().stream()
                .map(v -> problems.fieldError(v.code(), v.field() == null ? "" : v.field(), v.args().toArray()))
                .toList()));
    }

    /** Let Spring Security's entry point and denied handler answer these; they speak problem+json too. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return respond(problems.of(ErrorCode.INTERNAL_ERROR, null));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(fe -> errors.add(problems.fieldError(
                "NotNull".equals(fe.getCode()) || "NotBlank".equals(fe.getCode()) || "NotEmpty".equals(fe.getCode())
                        ? ErrorCode.FIELD_REQUIRED : ErrorCode.FIELD_INVALID,
                fe.getField())));
        if (errors.isEmpty()) {
            errors.add(problems.fieldError(ErrorCode.FIELD_INVALID, e.getBindingResult().getObjectName()));
        }
        return asObject(respond(problems.ofFields(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> errors.add(problems.fieldError(ErrorCode.FIELD_INVALID,
                r.getMethodParameter().getParameterName() == null ? "request" : r.getMethodParameter().getParameterName())));
        if (errors.isEmpty()) {
            errors.add(problems.fieldError(ErrorCode.FIELD_INVALID, "request"));
        }
        return asObject(respond(problems.ofFields(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof DatabindException bind ? jsonPath(bind) : "body";
        // A value outside a fixed list (theme, grade …) is the caller's choice, not a broken document.
        ErrorCode code = e.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum() ? ErrorCode.UNKNOWN_VALUE : ErrorCode.MALFORMED_REQUEST;
        return asObject(respond(problems.of(code, field)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(respond(problems.of(ErrorCode.FIELD_REQUIRED, e.getParameterName())));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(respond(problems.of(ErrorCode.NOT_FOUND, null)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(problems.of(ErrorCode.FIELD_INVALID, e.getName()));
    }

    /** Spring's remaining MVC failures (405, 406, 415 …) keep their status and gain a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            ProblemDetail localized = problems.of(ErrorCode.forStatus(status.value()), null);
            problem.setType(localized.getType());
            problem.setTitle(localized.getTitle());
            problem.setDetail(localized.getDetail());
            problem.setProperty("code", localized.getProperties().get("code"));
        }
        return response;
    }

    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
