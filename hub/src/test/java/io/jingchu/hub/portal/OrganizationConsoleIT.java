package io.jingchu.hub.portal;

import static io.jingchu.hub.ingest.IngestFixture.text;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The bureau's organizations pages: the list, registering and editing through the form, refusals, others refused. */
class OrganizationConsoleIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    IdentityApi identity;
    @Autowired
    IdentityAdministration administration;

    MvcTestResult register(Caller admin, String code, String name, String division) {
        return mvc.post().uri("/console/organizations").with(as(admin)).with(csrf()).param("code", code)
                .param("name", name).param("divisionCode", division).exchange();
    }

    @Test
    void theBureauFindsAnOrganizationByItsCodeWithItsDivision() {
        Organization organization = accounts.organization(TestAccounts.YILING);

        String page = text(mvc.get().uri("/console/organizations?q=" + organization.code()).with(as(accounts.admin()))
                .exchange());

        assertThat(page).contains("共 1 个单位", organization.name(), "夷陵区", "县级",
                "href=\"/console/organizations/" + organization.id() + "\"");
    }

    @Test
    void theBureauRegistersAnOrganizationThenRenamesAndMovesIt() {
        Caller admin = accounts.admin();
        String code = accounts.uniqueName("yc-sjj");

        MvcTestResult registered = register(admin, code, "宜昌市数据局", TestAccounts.YICHANG);

        Organization organization = identity.organizationByCode(code).orElseThrow();
        assertThat(registered).hasStatus3xxRedirection()
                .hasRedirectedUrl("/console/organizations/" + organization.id());
        assertThat(mvc.post().uri("/console/organizations/" + organization.id()).with(as(admin)).with(csrf())
                .param("name", "夷陵区数据局").param("divisionCode", TestAccounts.YILING)).hasStatus3xxRedirection();
        Organization moved = identity.getOrganization(organization.id());
        assertThat(moved.name()).isEqualTo("夷陵区数据局");
        assertThat(moved.divisionCode()).isEqualTo(TestAccounts.YILING);
        assertThat(moved.code()).isEqualTo(code);
        assertThat(text(mvc.get().uri("/console/organizations/" + organization.id()).with(as(admin)).exchange()))
                .contains("夷陵区数据局", code, "/console/users?organization=" + organization.id());
    }

    @Test
    void refusalsShowBesideTheirFieldsAndNothingIsWritten() {
        Caller admin = accounts.admin();
        String code = accounts.uniqueName("bad");

        MvcTestResult unknownDivision = register(admin, code, "不存在的地区", "429999999999");
        assertThat(unknownDivision).hasStatus(404);
        assertThat(text(unknownDivision)).contains("id=\"o-division-error\"", "data-code=\"REGION_NOT_FOUND\"",
                "value=\"不存在的地区\"");
        MvcTestResult badCode = register(admin, "中文编码", "名称", TestAccounts.YICHANG);
        assertThat(badCode).hasStatus(400);
        assertThat(text(badCode)).contains("id=\"o-code-error\"", "data-code=\"FIELD_INVALID\"");
        Organization existing = accounts.organization();
        MvcTestResult duplicate = register(admin, existing.code(), "重复", TestAccounts.YICHANG);
        assertThat(duplicate).hasStatus(409);
        assertThat(text(duplicate)).contains("data-code=\"DUPLICATE_CODE\"");
        MvcTestResult blankName = mvc.post().uri("/console/organizations/" + existing.id()).with(as(admin))
                .with(csrf()).param("name", " ").param("divisionCode", TestAccounts.YICHANG).exchange();
        assertThat(blankName).hasStatus(400);
        assertThat(text(blankName)).contains("id=\"o-name-error\"", "data-code=\"FIELD_REQUIRED\"");

        assertThat(identity.organizationByCode(code)).isEmpty();
        assertThat(identity.getOrganization(existing.id()).name()).isEqualTo(existing.name());
    }

    @Test
    void anOrganizationsNameIsShownInert() {
        Caller admin = accounts.admin();
        Organization organization = accounts.organization();
        administration.updateOrganization(admin, organization.id(), "<img src=x onerror=alert(1)>", TestAccounts.YICHANG);

        ConsoleChecks.showsInert(mvc, admin, "<img src=x onerror=alert(1)>",
                "/console/organizations?q=" + organization.code(), "/console/organizations/" + organization.id());
    }

    @Test
    void everyoneButTheBureauIsRefusedAndNothingChanges() {
        Organization organization = accounts.organization();
        String path = "/console/organizations/" + organization.id();
        ConsoleChecks.refusedToAllButTheBureau(mvc, accounts,
                List.of("/console/organizations", "/console/organizations/new", path),
                caller -> assertThat(mvc.post().uri(path).with(as(caller)).with(csrf()).param("name", "被改名")
                        .param("divisionCode", TestAccounts.YICHANG)).hasStatus(403));
        assertThat(mvc.get().uri("/console/organizations").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.post().uri(path).with(as(accounts.admin())).param("name", "被改名")
                .param("divisionCode", TestAccounts.YICHANG)).hasStatus(403);

        assertThat(identity.getOrganization(organization.id()).name()).isEqualTo(organization.name());
    }
}
