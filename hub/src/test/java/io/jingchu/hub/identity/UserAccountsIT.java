package io.jingchu.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.testing.Callers;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users: created by the data bureau, passwords kept only as hashes, logged in with HTTP Basic. */
class UserAccountsIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    private String storedHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).single();
    }

    private long usersNamed(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    @Test
    void aPasswordIsStoredOnlyAsASelfDescribingArgon2idHash() {
        Caller consumer = accounts.consumer();

        assertThat(storedHash(consumer.username()))
                .startsWith("{argon2}$argon2id$")
                .doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void theBureauCreatesAPublisherOfAnOrganization() {
        Caller admin = accounts.admin();
        Organization organization = accounts.organization();
        String username = accounts.uniqueName("publisher");

        assertThat(mvc.post().uri("/api/v1/users").with(Callers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "%s", "displayName": "张三", "password": "a-long-password",
                         "roles": ["PUBLISHER"], "organizationId": %d}""".formatted(username, organization.id())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"username": "%s", "displayName": "张三", "roles": ["PUBLISHER"], "organizationId": %d, "enabled": true}
                        """.formatted(username, organization.id()))
                .doesNotHavePath("$.password")
                .doesNotHavePath("$.passwordHash");
        assertThat(identity.user(username)).get().extracting(UserAccount::asCaller)
                .isEqualTo(new Caller(identity.user(username).orElseThrow().id(), username, Set.of(Role.PUBLISHER),
                        organization.id()));
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        Caller admin = accounts.admin();
        Caller existing = accounts.consumer();

        assertThat(mvc.post().uri("/api/v1/users").with(Callers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "%s", "password": "a-long-password", "roles": ["CONSUMER"]}
                        """.formatted(existing.username().toUpperCase())))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 409, "code": "USERNAME_TAKEN", "field": "username"}""");
        assertThat(usersNamed(existing.username())).isOne();
    }

    @Test
    void aPublisherWithoutAnOrganizationIsRefused() {
        Caller admin = accounts.admin();
        String username = accounts.uniqueName("orphan");

        assertThat(mvc.post().uri("/api/v1/users").with(Callers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "%s", "password": "a-long-password", "roles": ["PUBLISHER"]}""".formatted(username)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "PUBLISHER_NEEDS_ORGANIZATION", "field": "organizationId"}""");
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void aUserOfAnUnknownOrganizationIsRefused() {
        String username = accounts.uniqueName("lost");

        assertThat(mvc.post().uri("/api/v1/users").with(Callers.as(accounts.admin())).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "%s", "password": "a-long-password", "roles": ["PUBLISHER"], "organizationId": 987654321}
                        """.formatted(username)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "ORGANIZATION_NOT_FOUND", "field": "organizationId"}""");
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void aShortOrMissingPasswordIsRefused() {
        Caller admin = accounts.admin();
        String username = accounts.uniqueName("weak");

        assertThat(mvc.post().uri("/api/v1/users").with(Callers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "%s", "password": "short", "roles": ["CONSUMER"]}""".formatted(username)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_INVALID", "field": "password"}""");
        assertThat(mvc.post().uri("/api/v1/users").with(Callers.as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "%s", "roles": ["CONSUMER"]}""".formatted(username)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_REQUIRED", "field": "password"}""");
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void onlyTheBureauCreatesUsersOnceAnAdministratorExists() {
        accounts.admin();
        Caller auditor = accounts.auditor();

        assertThatThrownBy(() -> identity.createUser(auditor, accounts.uniqueName("sneaky"), "x",
                "a-long-password".toCharArray(), Set.of(Role.ADMIN), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void theRightPasswordLogsIn() {
        Caller publisher = accounts.publisher();

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(publisher.username(), TestAccounts.PASSWORD)))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"id": %d, "username": "%s", "roles": ["PUBLISHER"], "organizationId": %d}
                        """.formatted(publisher.userId(), publisher.username(), publisher.organizationId()));
    }

    @Test
    void aUserWithoutAnOrganizationHasNone() {
        Caller consumer = accounts.consumer();

        assertThat(identity.user(consumer.username())).get().extracting(UserAccount::organizationId).isNull();
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(consumer.username(), TestAccounts.PASSWORD)))
                .hasStatusOk()
                .bodyJson().doesNotHavePath("$.organizationId");
    }

    @Test
    void theUsernameIsMatchedWithoutRegardToCase() {
        Caller consumer = accounts.consumer();

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(consumer.username().toUpperCase(), TestAccounts.PASSWORD)))
                .hasStatusOk();
    }

    @Test
    void aWrongPasswordIsRefused() {
        Caller consumer = accounts.consumer();

        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(consumer.username(), "not-the-password")))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 401, "code": "BAD_CREDENTIALS"}""");
    }

    @Test
    void anUnknownUserLooksLikeAWrongPassword() {
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic("nobody-" + System.nanoTime(), "whatever-password")))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.code").isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void theBureauAndAuditorsListUsers() {
        Caller consumer = accounts.consumer();

        assertThat(mvc.get().uri("/api/v1/users").param("q", consumer.username()).with(Callers.as(accounts.auditor())))
                .hasStatusOk().hasHeader("X-Total-Count", "1")
                .bodyJson().extractingPath("$[*].username").asArray().containsExactly(consumer.username());
        assertThat(mvc.get().uri("/api/v1/users").with(Callers.as(accounts.admin()))).hasStatusOk()
                .bodyJson().doesNotHavePath("$[0].passwordHash");
    }
}
