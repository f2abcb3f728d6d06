package io.jingchu.hub.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.ValidationException;
import io.jingchu.hub.common.ValidationException.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ValidationProblemTest {

    private final ProblemResponses responses = new ProblemResponses(new Problems(messages()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyOffendingFieldIsListedAndTheFirstLeads() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ResponseEntity<ProblemDetail> answer = responses.validation(new ValidationException(List.of(
                Violation.of(ErrorCode.FIELD_REQUIRED, "title"),
                Violation.of(ErrorCode.FIELD_INVALID, "fields[2].name"))));

        ProblemDetail problem = answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "FIELD_REQUIRED").containsEntry("field", "title");
        assertThat(problem.getDetail()).isEqualTo("Missing required field: title");
        assertThat(problem.getProperties().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(
                new Problems.FieldError("title", "FIELD_REQUIRED", "Missing required field: title"),
                new Problems.FieldError("fields[2].name", "FIELD_INVALID", "Invalid value for field: fields[2].name"));
    }

    @Test
    void aRuleRefusalKeepsTheRulesStatus() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ResponseEntity<ProblemDetail> answer = responses.validation(new ValidationException(List.of(
                Violation.of(ErrorCode.CORE_DATA_NEVER_OPENED, "opening.attribute"))));
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().getDetail()).isEqualTo("核心数据不得开放");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
