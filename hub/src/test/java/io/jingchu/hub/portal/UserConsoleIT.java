package io.jingchu.hub.portal;

import static io.jingchu.hub.ingest.IngestFixture.text;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.TokenApi;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The bureau's users pages: the list with its filters and paging (whole page and htmx fragment), a user made and
 * changed through the forms, refusals beside their fields with nothing written, and everyone else refused.
 */
class UserConsoleIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    IdentityApi identity;
    @Autowired
    IdentityAdministration administration;
    @Autowired
    TokenApi tokens;

    UserAccount account(long id) {
        return administration.user(id).orElseThrow();
    }

    int me(String username, String password) {
        return mvc.get().uri("/api/v1/me").with(httpBasic(username, password)).exchange().getResponse().getStatus();
    }

    /** Signs in through the login form, as a browser does, and returns the session. */
    MockHttpSession signIn(String username, String password) {
        MvcTestResult login = mvc.perform(formLogin().user(username).password(password));
        assertThat(login).hasStatus3xxRedirection().hasRedirectedUrl("/");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    /** A page as the session's browser asks for it. */
    MvcTestResult page(MockHttpSession session, String uri) {
        return mvc.get().uri(uri).session(session).accept(MediaType.TEXT_HTML).exchange();
    }

    MvcTestResult create(Caller admin, String username, String password, String repeat, String role,
            String organizationId) {
        return mvc.post().uri("/console/users").with(as(admin)).with(csrf()).param("username", username)
                .param("displayName", "赵六").param("password", password).param("passwordRepeat", repeat)
                .param("roles", role).param("organizationId", organizationId).exchange();
    }

    @Test
    void theBureauListsUsersByOrganizationAndRoleAsAPageAndAsAFragment() {
        Caller admin = accounts.admin();
        Organization organization = accounts.organization();
        Caller publisher = accounts.publisher(organization);
        Caller member = accounts.user(Set.of(Role.CONSUMER), organization.id());
        String byOrganization = "/console/users?organization=" + organization.id();

        String page = text(mvc.get().uri(byOrganization).with(as(admin)).exchange());
        assertThat(page).contains("<html", "共 2 个用户", publisher.username(), member.username(), "数据发布者",
                organization.name(), "href=\"/console/users/" + publisher.userId() + "\"", "href=\"/console/users\"");

        MvcTestResult fragment = mvc.get().uri(byOrganization + "&role=CONSUMER").with(as(admin))
                .header("HX-Request", "true").exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(text(fragment)).doesNotContain("<html").contains("id=\"users\"", "共 1 个用户", member.username())
                .doesNotContain(publisher.username());
        assertThat(text(mvc.get().uri("/console/users?q=" + member.username()).with(as(admin)).exchange()))
                .contains("共 1 个用户", member.username());
    }

    @Test
    void theBureauMakesAUserWithThePasswordTypedTwiceAndItSignsIn() {
        Caller admin = accounts.admin();
        Organization organization = accounts.organization();
        String username = accounts.uniqueName("zhaoliu");

        MvcTestResult made = create(admin, username, "zhaoliu-password", "zhaoliu-password", "PUBLISHER",
                Long.toString(organization.id()));

        UserAccount user = identity.user(username).orElseThrow();
        assertThat(made).hasStatus3xxRedirection().hasRedirectedUrl("/console/users/" + user.id());
        assertThat(user.roles()).containsExactly(Role.PUBLISHER);
        assertThat(user.organizationId()).isEqualTo(organization.id());
        assertThat(me(username, "zhaoliu-password")).isEqualTo(200);
        assertThat(text(mvc.get().uri("/console/users/" + user.id()).with(as(admin)).exchange()))
                .contains(username, "赵六", "/console/users/" + user.id() + "/disable")
                .doesNotContain("zhaoliu-password");
    }

    @Test
    void refusalsShowBesideTheirFieldsWithoutThePasswordAndNothingIsMade() {
        Caller admin = accounts.admin();
        String username = accounts.uniqueName("refused");

        MvcTestResult mismatch = create(admin, username, "first-password-1", "second-password-2", "CONSUMER", "");
        assertThat(mismatch).hasStatus(400);
        assertThat(text(mismatch)).contains("id=\"u-password-repeat-error\"", "data-code=\"FIELD_INVALID\"",
                "两次输入的密码不一致", "value=\"" + username + "\"").doesNotContain("first-password-1");

        MvcTestResult orphan = create(admin, username, "a-long-password", "a-long-password", "PUBLISHER", "");
        assertThat(orphan).hasStatus(422);
        assertThat(text(orphan)).contains("id=\"u-organization-error\"", "data-code=\"PUBLISHER_NEEDS_ORGANIZATION\"")
                .doesNotContain("a-long-password");

        MvcTestResult shortOne = create(admin, username, "short", "short", "CONSUMER", "");
        assertThat(shortOne).hasStatus(400);
        assertThat(text(shortOne)).contains("id=\"u-password-error\"", "data-code=\"FIELD_INVALID\"");

        MvcTestResult taken = create(admin, accounts.consumer().username(), "a-long-password", "a-long-password",
                "CONSUMER", "");
        assertThat(taken).hasStatus(409);
        assertThat(text(taken)).contains("id=\"u-username-error\"", "data-code=\"USERNAME_TAKEN\"");

        assertThat(identity.user(username)).isEmpty();
    }

    @Test
    void theBureauChangesRolesDisablesEnablesAndSetsANewPassword() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();
        Organization organization = accounts.organization();
        String path = "/console/users/" + consumer.userId();

        assertThat(mvc.post().uri(path).with(as(admin)).with(csrf()).param("displayName", "钱七")
                .param("roles", "PUBLISHER").param("organizationId", "")).hasStatus(422);
        assertThat(account(consumer.userId()).roles()).containsExactly(Role.CONSUMER);
        assertThat(mvc.post().uri(path).with(as(admin)).with(csrf()).param("displayName", "钱七")
                .param("roles", "PUBLISHER", "CONSUMER").param("organizationId", Long.toString(organization.id())))
                .hasStatus3xxRedirection().hasRedirectedUrl(path);
        assertThat(account(consumer.userId()).roles()).containsExactlyInAnyOrder(Role.PUBLISHER, Role.CONSUMER);
        assertThat(account(consumer.userId()).displayName()).isEqualTo("钱七");

        assertThat(mvc.post().uri(path + "/disable").with(as(admin)).with(csrf())).hasStatus3xxRedirection();
        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(401);
        assertThat(text(mvc.get().uri(path).with(as(admin)).exchange())).contains("已停用", path + "/enable");
        assertThat(mvc.post().uri(path + "/enable").with(as(admin)).with(csrf())).hasStatus3xxRedirection();
        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(200);

        MvcTestResult mismatch = mvc.post().uri(path + "/password").with(as(admin)).with(csrf())
                .param("password", "new-password-1").param("passwordRepeat", "new-password-2").exchange();
        assertThat(mismatch).hasStatus(400);
        assertThat(text(mismatch)).contains("data-code=\"FIELD_INVALID\"").doesNotContain("new-password-1");
        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(200);
        assertThat(mvc.post().uri(path + "/password").with(as(admin)).with(csrf())
                .param("password", "new-password-1").param("passwordRepeat", "new-password-1"))
                .hasStatus3xxRedirection().flash().containsEntry("done", "password");
        assertThat(me(consumer.username(), "new-password-1")).isEqualTo(200);
        assertThat(me(consumer.username(), TestAccounts.PASSWORD)).isEqualTo(401);
    }

    @Test
    void aDisabledUsersOpenSessionsEndAtTheirNextRequest() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();
        String path = "/console/users/" + consumer.userId();
        MockHttpSession reading = signIn(consumer.username(), TestAccounts.PASSWORD);
        MockHttpSession writing = signIn(consumer.username(), TestAccounts.PASSWORD);
        assertThat(page(reading, "/developer")).hasStatusOk();
        assertThat(page(writing, "/developer")).hasStatusOk();

        assertThat(mvc.post().uri(path + "/disable").with(as(admin)).with(csrf())).hasStatus3xxRedirection();

        // the next page answers as for a visitor who is not signed in
        assertThat(page(reading, "/developer")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(reading.isInvalid()).isTrue();
        assertThat(text(page(reading, "/"))).doesNotContain(consumer.username());
        // a form sent with its CSRF token from the other session changes nothing
        assertThat(mvc.post().uri("/developer/tokens").session(writing).with(csrf()).accept(MediaType.TEXT_HTML)
                .param("name", "停用后的令牌")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(writing.isInvalid()).isTrue();
        assertThat(tokens.list(consumer)).isEmpty();

        // enabled again, the user signs in anew: the sessions it had stay ended
        assertThat(mvc.post().uri(path + "/enable").with(as(admin)).with(csrf())).hasStatus3xxRedirection();
        assertThat(page(reading, "/developer")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(page(signIn(consumer.username(), TestAccounts.PASSWORD), "/developer")).hasStatusOk();
    }

    @Test
    void changedRolesReachAnOpenSessionAtItsNextRequest() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();
        String path = "/console/users/" + consumer.userId();
        MockHttpSession session = signIn(consumer.username(), TestAccounts.PASSWORD);
        assertThat(page(session, "/console/access-records")).hasStatus(403);

        assertThat(mvc.post().uri(path).with(as(admin)).with(csrf()).param("displayName", "审计员孙八")
                .param("roles", "AUDITOR").param("organizationId", "")).hasStatus3xxRedirection();

        assertThat(page(session, "/console/access-records")).hasStatusOk();
        assertThat(session.isInvalid()).isFalse();
        assertThat(page(session, "/developer")).hasStatusOk();

        // and taken away as soon
        assertThat(mvc.post().uri(path).with(as(admin)).with(csrf()).param("displayName", "孙八")
                .param("roles", "CONSUMER").param("organizationId", "")).hasStatus3xxRedirection();
        assertThat(page(session, "/console/access-records")).hasStatus(403);
        assertThat(page(session, "/developer")).hasStatusOk();
    }

    @Test
    void aNewPasswordEndsTheSessionsSignedInWithTheOldOne() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();
        MockHttpSession before = signIn(consumer.username(), TestAccounts.PASSWORD);
        assertThat(page(before, "/developer")).hasStatusOk();

        assertThat(mvc.post().uri("/console/users/" + consumer.userId() + "/password").with(as(admin)).with(csrf())
                .param("password", "new-password-1").param("passwordRepeat", "new-password-1"))
                .hasStatus3xxRedirection();

        assertThat(page(before, "/developer")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(before.isInvalid()).isTrue();
        MockHttpSession after = signIn(consumer.username(), "new-password-1");
        assertThat(page(after, "/developer")).hasStatusOk();
        assertThat(page(after, "/developer")).hasStatusOk();
    }

    @Test
    void aRefusedChangeLeavesOpenSessionsAsTheyWere() {
        Caller admin = accounts.admin();
        Caller consumer = accounts.consumer();
        String path = "/console/users/" + consumer.userId();
        MockHttpSession session = signIn(consumer.username(), TestAccounts.PASSWORD);

        // a publisher without an organization, passwords that differ, a change without CSRF token, a publisher's try
        assertThat(mvc.post().uri(path).with(as(admin)).with(csrf()).param("displayName", "x")
                .param("roles", "PUBLISHER").param("organizationId", "")).hasStatus(422);
        assertThat(mvc.post().uri(path + "/password").with(as(admin)).with(csrf())
                .param("password", "new-password-1").param("passwordRepeat", "new-password-2")).hasStatus(400);
        assertThat(mvc.post().uri(path + "/disable").with(as(admin))).hasStatus(403);
        assertThat(mvc.post().uri(path + "/disable").with(as(accounts.publisher())).with(csrf())).hasStatus(403);

        assertThat(page(session, "/developer")).hasStatusOk();
        assertThat(page(session, "/console/access-records")).hasStatus(403);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void anAdministratorCannotDisableItselfThroughThePage() {
        Caller admin = accounts.admin();

        MvcTestResult refused = mvc.post().uri("/console/users/" + admin.userId() + "/disable").with(as(admin))
                .with(csrf()).exchange();

        assertThat(refused).hasStatus(422);
        assertThat(text(refused)).contains("<html", "OWN_ACCOUNT");
        assertThat(account(admin.userId()).enabled()).isTrue();
    }

    @Test
    void textFromUsersIsShownInert() {
        Caller admin = accounts.admin();
        Caller target = accounts.consumer();
        administration.updateUser(admin, target.userId(), "<script>alert(1)</script>", Set.of(Role.CONSUMER), null);

        ConsoleChecks.showsInert(mvc, admin, "<script>alert(1)</script>", "/console/users?q=" + target.username(),
                "/console/users/" + target.userId());
    }

    @Test
    void everyoneButTheBureauIsRefusedAndNothingChanges() {
        Caller target = accounts.consumer();
        String path = "/console/users/" + target.userId();
        ConsoleChecks.refusedToAllButTheBureau(mvc, accounts, List.of("/console/users", "/console/users/new", path),
                caller -> {
                    assertThat(mvc.post().uri(path + "/disable").with(as(caller)).with(csrf())).hasStatus(403);
                    assertThat(mvc.post().uri(path + "/password").with(as(caller)).with(csrf())
                            .param("password", "taken-over-1").param("passwordRepeat", "taken-over-1"))
                            .hasStatus(403);
                });
        assertThat(mvc.get().uri("/console/users").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.post().uri(path + "/disable").accept(MediaType.TEXT_HTML).with(csrf()))
                .hasStatus3xxRedirection();
        // the bureau itself, without the form's CSRF token
        assertThat(mvc.post().uri(path + "/disable").with(as(accounts.admin()))).hasStatus(403);

        assertThat(account(target.userId()).enabled()).isTrue();
        assertThat(me(target.username(), TestAccounts.PASSWORD)).isEqualTo(200);
    }

    @Test
    void theNavigationOffersUsersAndOrganizationsToTheBureauOnly() {
        assertThat(text(mvc.get().uri("/").with(as(accounts.admin())).exchange()))
                .contains("href=\"/console/users\"", "href=\"/console/organizations\"");
        assertThat(text(mvc.get().uri("/").with(as(accounts.auditor())).exchange()))
                .doesNotContain("/console/users", "/console/organizations");
    }
}
