package io.jingchu.hub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

class ProblemAnswersTest {

    @Test
    void eachAuthenticationFailureHasItsCode() {
        assertThat(ProblemAnswers.codeOf(new InvalidTokenException())).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(ProblemAnswers.codeOf(new BadCredentialsException("x"))).isEqualTo(ErrorCode.BAD_CREDENTIALS);
        assertThat(ProblemAnswers.codeOf(new InsufficientAuthenticationException("x"))).isEqualTo(ErrorCode.AUTHENTICATION_REQUIRED);
    }

    @Test
    void aDisabledAccountLooksLikeAWrongPassword() {
        assertThat(ProblemAnswers.codeOf(new DisabledException("x"))).isEqualTo(ErrorCode.BAD_CREDENTIALS);
    }
}
