package io.jingchu.hub.identity;

import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The bureau administers users and organizations: lists users by organization, role and text; disables and
 * re-enables them; changes roles and organization; sets new passwords; renames and moves organizations. Everyone
 * else is refused and nothing changes.
 */
class UserAdministrationIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    IdentityApi identity;
    @Autowired
    IdentityAdministration administration;
    @Autowired
    JdbcClient jdbc;

    UserAccount account(Caller caller) {
        return administration.user(caller.userId()).orElseThrow();
    }

    String storedHash(Caller caller) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(caller.userId()).query(String.class)
                .single();
    }

    MvcTestResult put(Caller admin, String uri, String json) {
        return mvc.put().uri(uri).with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    int me(String username, String password) {
        return mvc.get().uri("/api/v1/me").with(httpBasic(username, password)).exchange().getResponse().getStatus();
    }

    int meByToken(String token) {
        return mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange().getResponse()
                .getStatus();
    }

    @Test
    void theBureauListsUsersByOrganizationRoleAndTextAPageAtATime() {
        Caller admin = accounts.admin();
        Organization organization = accounts.organization();
        Caller first = accounts.publisher(organization);
        Caller second = accounts.publisher(organization);
        Caller third = accounts.user(Set.of(Role.CONSUMER), organization.id());
        // by login name: consumer-… before publisher-…
        List<String> byName = List.of(third.username(), first.username(), second.username());

        assertThat(mvc.get().uri("/api/v1/users").param("organizationId", Long.toString(organization.id()))
                .param("size", "2").with(as(admin)))
                .hasStatusOk().hasHeader("X-Total-Count", "3")
                .bodyJson().extractingPath("$[*].username").asArray()
                .containsExactly(byName.get(0), byName.get(1));
        assertThat(mvc.get().uri("/api/v1/users").param("organizationId", Long.toString(organization.id()))
                .param("size", "2").param("page", "1").with(as(admin)))
                .bodyJson().extractingPath("$[*].username").asArray().containsExactly(byName.get(2));
        assertThat(mvc.get().uri("/api/v1/users").param("organizationId", Long.toString(organization.id()))
                .param("role", "CONSUMER").with(as(admin)))
                .bodyJson().extractingPath("$[*].username").asArray().containsExactly(third.username());
        // the display name is matched too, without regard to case; a wildcard is only itself
        assertThat(administration.users(admin, new UserQuery(null, null, "测试用户 " + second.username().toUpperCase(), 0, 10))
                .users()).extracting(UserAccount::username).containsExactly(second.username());
        assertThat(administration.users(admin, new UserQuery(organization.id(), null, "%", 0, 10)).total()).isZero();
        assertThat(mvc.get().uri("/api/v1/users").param("size", "0").with(as(admin)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_INVALID", "field": "size"}""");
    }

    @Test
    void aDisabledUserCannotSignInAndItsTokensStopWorkingUntilReEnabled() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();
        String token = accounts.token(consumer);
        assertThat(meByToken(token)).isEqualTo(200);

        assertThat(mvc.post().uri("/api/v1/users/{id}/disable", consumer.userId()).with(as(admin)))
                .hasStatusOk().bodyJson().extractingPath("$.enabled").isEqualTo(false);

        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(401);
        assertThat(meByToken(token)).isEqualTo(401);
        assertThat(mvc.post().uri("/login").with(csrf())
                .param("username", consumer.username()).param("password", TestAccounts.PASSWORD))
                .hasStatus3xxRedirection().redirectedUrl().endsWith("/login?error");

        assertThat(mvc.post().uri("/api/v1/users/{id}/enable", consumer.userId()).with(as(admin)))
                .hasStatusOk().bodyJson().extractingPath("$.enabled").isEqualTo(true);
        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(200);
        assertThat(meByToken(token)).isEqualTo(200);
    }

    @Test
    void theBureauChangesRolesAndOrganizationAndAPublisherNeedsOne() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();
        Organization organization = accounts.organization();
        String token = accounts.token(consumer);

        assertThat(put(admin, "/api/v1/users/" + consumer.userId(), """
                {"displayName": "王五", "roles": ["PUBLISHER"]}"""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                        {"code": "PUBLISHER_NEEDS_ORGANIZATION", "field": "organizationId"}""");
        assertThat(put(admin, "/api/v1/users/" + consumer.userId(), """
                {"displayName": "王五", "roles": []}"""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_REQUIRED", "field": "roles"}""");
        assertThat(account(consumer).roles()).containsExactly(Role.CONSUMER);
        assertThat(account(consumer).displayName()).isNotEqualTo("王五");

        assertThat(put(admin, "/api/v1/users/" + consumer.userId(), """
                {"displayName": "王五", "roles": ["PUBLISHER", "CONSUMER"], "organizationId": %d}"""
                .formatted(organization.id())))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"displayName": "王五", "organizationId": %d}""".formatted(organization.id()));

        assertThat(account(consumer).roles()).containsExactlyInAnyOrder(Role.PUBLISHER, Role.CONSUMER);
        // the token stands for the user as it is now
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"roles": ["PUBLISHER", "CONSUMER"], "organizationId": %d}""".formatted(organization.id()));
    }

    @Test
    void aNewPasswordReplacesTheOldAndIsStoredOnlyAsAHash() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();

        assertThat(put(admin, "/api/v1/users/" + consumer.userId() + "/password", """
                {"password": "short"}""")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_INVALID", "field": "password"}""");
        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(200);

        assertThat(put(admin, "/api/v1/users/" + consumer.userId() + "/password", """
                {"password": "a-brand-new-password"}""")).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(401);
        assertThat(me(consumer.username(), "a-brand-new-password")).isEqualTo(200);
        assertThat(storedHash(consumer)).startsWith("{argon2}$argon2id$").doesNotContain("a-brand-new-password");
    }

    @Test
    void anAdministratorCannotLockItselfOut() {
        Caller admin = accounts.admin();

        assertThat(mvc.post().uri("/api/v1/users/{id}/disable", admin.userId()).with(as(admin)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                        {"code": "OWN_ACCOUNT", "field": "enabled"}""");
        assertThat(put(admin, "/api/v1/users/" + admin.userId(), """
                {"roles": ["AUDITOR"]}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("OWN_ACCOUNT");

        assertThat(account(admin).enabled()).isTrue();
        assertThat(account(admin).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void onlyTheBureauChangesUsersAndNothingChangesOtherwise() {
        Caller target = accounts.consumer();
        String hash = storedHash(target);
        for (Role role : new Role[] {Role.PUBLISHER, Role.CONSUMER, Role.AUDITOR}) {
            Caller caller = accounts.user(role);

            assertThat(mvc.post().uri("/api/v1/users/{id}/disable", target.userId()).with(as(caller))).as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
            assertThat(put(caller, "/api/v1/users/" + target.userId(), """
                    {"roles": ["ADMIN"]}""")).as(role.name()).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(put(caller, "/api/v1/users/" + target.userId() + "/password", """
                    {"password": "taken-over-password"}""")).as(role.name()).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/api/v1/users/{id}/disable", target.userId()))
                .hasStatus(HttpStatus.UNAUTHORIZED).bodyJson().extractingPath("$.code")
                .isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(mvc.get().uri("/api/v1/users").with(as(accounts.consumer()))).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(account(target).enabled()).isTrue();
        assertThat(account(target).roles()).containsExactly(Role.CONSUMER);
        assertThat(storedHash(target)).isEqualTo(hash);
    }

    @Test
    void theBureauRenamesAndMovesAnOrganizationButNotItsCode() {
        Caller admin = accounts.admin();
        Organization organization = accounts.organization();

        assertThat(put(admin, "/api/v1/organizations/" + organization.code(), """
                {"name": "夷陵区数据局", "divisionCode": "%s"}""".formatted(TestAccounts.YILING)))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"code": "%s", "name": "夷陵区数据局", "divisionCode": "420506000000", "level": "COUNTY"}
                        """.formatted(organization.code()));
        assertThat(identity.getOrganization(organization.id()).name()).isEqualTo("夷陵区数据局");

        assertThat(put(admin, "/api/v1/organizations/" + organization.code(), """
                {"name": "不该出现", "divisionCode": "429999999999"}""")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "REGION_NOT_FOUND", "field": "divisionCode"}""");
        assertThat(put(admin, "/api/v1/organizations/" + organization.code(), """
                {"name": " ", "divisionCode": "%s"}""".formatted(TestAccounts.YICHANG)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_REQUIRED", "field": "name"}""");
        assertThat(put(accounts.publisher(organization), "/api/v1/organizations/" + organization.code(), """
                {"name": "不该出现", "divisionCode": "%s"}""".formatted(TestAccounts.YICHANG)))
                .hasStatus(HttpStatus.FORBIDDEN);

        Organization kept = identity.getOrganization(organization.id());
        assertThat(kept.name()).isEqualTo("夷陵区数据局");
        assertThat(kept.divisionCode()).isEqualTo(TestAccounts.YILING);
    }
}
