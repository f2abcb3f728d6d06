package io.jingchu.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.region.DivisionLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** The test helpers others build on do what they say. */
class TestAccountsIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void organizationsAreUniqueAndPlacedInTheirDivision() {
        Organization yiling = accounts.organization(TestAccounts.YILING);

        assertThat(yiling.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(accounts.organization().code()).isNotEqualTo(yiling.code());
    }

    @Test
    void aPublisherBelongsToItsOrganization() {
        Organization organization = accounts.organization();

        Caller publisher = accounts.publisher(organization);

        assertThat(publisher.roles()).containsExactly(Role.PUBLISHER);
        assertThat(publisher.organizationId()).isEqualTo(organization.id());
        assertThat(publisher.actsFor(organization.id())).isTrue();
    }

    @Test
    void eachRoleGetsItsOwnUser() {
        for (Role role : Role.values()) {
            Caller caller = accounts.user(role);
            assertThat(caller.roles()).containsExactly(role);
            assertThat(caller.isAnonymous()).isFalse();
        }
    }

    @Test
    void callersAndTokensAreSeenAsTheUser() {
        Caller auditor = accounts.auditor();

        assertThat(mvc.get().uri("/api/v1/me").with(Callers.as(auditor))).hasStatusOk()
                .bodyJson().extractingPath("$.username").isEqualTo(auditor.username());
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + accounts.token(auditor)))
                .hasStatusOk()
                .bodyJson().extractingPath("$.roles").asArray().containsExactly("AUDITOR");
    }
}
