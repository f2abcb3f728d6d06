package io.jingchu.hub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Logging in to the web pages: a form, a session whose principal is the caller, CSRF protection. */
class WebLoginIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void theLoginFormIsServed() {
        assertThat(mvc.get().uri("/login").accept(MediaType.TEXT_HTML)).hasStatusOk()
                .bodyText().contains("name=\"username\"").contains("name=\"_csrf\"");
    }

    @Test
    void aFormLoginStartsASessionWhosePrincipalIsTheCaller() {
        Caller publisher = accounts.publisher();

        assertThat(mvc.perform(formLogin().user(publisher.username()).password(TestAccounts.PASSWORD)))
                .hasStatus(HttpStatus.FOUND)
                .matches(authenticated().withAuthentication(authentication ->
                        assertThat(authentication.getPrincipal()).isEqualTo(publisher)))
                .matches(authenticated().withRoles("PUBLISHER"));
    }

    @Test
    void aWrongPasswordDoesNotLogIn() {
        Caller consumer = accounts.consumer();

        assertThat(mvc.perform(formLogin().user(consumer.username()).password("wrong-password")))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?error")
                .matches(unauthenticated());
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() {
        Caller consumer = accounts.consumer();

        assertThat(mvc.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("username", consumer.username()).param("password", TestAccounts.PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN)
                .matches(unauthenticated());
    }
}
