package io.jingchu.hub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Logging in to the web pages: a form, a session whose principal is the caller, CSRF protection; a session that
 * follows changes to its user made through another hub instance sharing the database.
 */
class WebLoginIT extends IntegrationTest {

    /** Far more than {@link SessionStamps#KEPT}: the bound is proven by the unit test, not timed here. */
    static final Duration WITHIN_THE_BOUND = Duration.ofSeconds(20);

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession signIn(Caller caller) {
        MvcTestResult login = mvc.perform(formLogin().user(caller.username()).password(TestAccounts.PASSWORD));
        assertThat(login).hasStatus3xxRedirection().hasRedirectedUrl("/");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    int developerPage(MockHttpSession session) {
        return mvc.get().uri("/developer").session(session).accept(MediaType.TEXT_HTML).exchange().getResponse()
                .getStatus();
    }

    /** What another hub instance does to the database; this instance's kept stamps do not hear of it. */
    void elsewhere(String update, Caller caller) {
        jdbc.sql(update).param(caller.userId()).update();
    }

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
    void aUserDisabledThroughAnotherHubLosesItsSessionHereWithinTheBound() {
        Caller consumer = accounts.consumer();
        MockHttpSession session = signIn(consumer);
        assertThat(developerPage(session)).isEqualTo(200);

        elsewhere("UPDATE app_user SET enabled = FALSE, session_version = session_version + 1, "
                + "session_epoch = session_epoch + 1 WHERE id = ?", consumer);

        await().atMost(WITHIN_THE_BOUND).until(() -> developerPage(session) == 302);
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.perform(formLogin().user(consumer.username()).password(TestAccounts.PASSWORD)))
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void rolesChangedThroughAnotherHubReachASessionHereWithinTheBound() {
        Caller consumer = accounts.consumer();
        MockHttpSession session = signIn(consumer);
        assertThat(mvc.get().uri("/console/access-records").session(session).accept(MediaType.TEXT_HTML))
                .hasStatus(403);

        elsewhere("INSERT INTO user_role (user_id, role) VALUES (?, 'AUDITOR')", consumer);
        elsewhere("UPDATE app_user SET session_version = session_version + 1 WHERE id = ?", consumer);

        await().atMost(WITHIN_THE_BOUND).until(() -> mvc.get().uri("/console/access-records").session(session)
                .accept(MediaType.TEXT_HTML).exchange().getResponse().getStatus() == 200);
        assertThat(session.isInvalid()).isFalse();
        assertThat(mvc.get().uri("/").session(session)).matches(authenticated().withRoles("AUDITOR", "CONSUMER"));
    }

    @Test
    void aSessionSignedInAfterAChangeElsewhereIsNotTakenForAnOlderOne() {
        Caller consumer = accounts.consumer();
        MockHttpSession before = signIn(consumer);
        assertThat(developerPage(before)).isEqualTo(200);

        // a new password set through another hub (here the same one, for the test to sign in with)
        elsewhere("UPDATE app_user SET session_version = session_version + 1, session_epoch = session_epoch + 1 "
                + "WHERE id = ?", consumer);
        MockHttpSession after = signIn(consumer);

        // this hub may still keep the stamp from before: the new session is checked against the database
        assertThat(developerPage(after)).isEqualTo(200);
        assertThat(developerPage(before)).isEqualTo(302);
        assertThat(before.isInvalid()).isTrue();
        assertThat(developerPage(after)).isEqualTo(200);
        assertThat(after.isInvalid()).isFalse();
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
