package io.jingchu.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.Callers;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Organizations: registered by the data bureau in a division, readable by anyone. */
class OrganizationsIT extends IntegrationTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    IdentityApi identity;

    private String body(String code, String divisionCode) {
        return """
                {"code": "%s", "name": "夷陵区市场监督管理局", "divisionCode": "%s"}""".formatted(code, divisionCode);
    }

    @Test
    void theBureauRegistersAnOrganizationAtItsDivisionsLevel() {
        String code = accounts.uniqueName("yl-scjgj");

        assertThat(mvc.post().uri("/api/v1/organizations").with(Callers.as(accounts.admin()))
                .contentType(MediaType.APPLICATION_JSON).content(body(code, TestAccounts.YILING)))
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "/api/v1/organizations/" + code)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "%s", "name": "夷陵区市场监督管理局", "divisionCode": "420506000000", "level": "COUNTY"}
                        """.formatted(code));
        assertThat(identity.organizationByCode(code)).isPresent();
    }

    @Test
    void anyoneListsAndReadsOrganizations() {
        Organization organization = accounts.organization();

        assertThat(mvc.get().uri("/api/v1/organizations")).hasStatusOk()
                .bodyJson().extractingPath("$[*].code").asArray().contains(organization.code());
        assertThat(mvc.get().uri("/api/v1/organizations/{code}", organization.code())).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"id": %d, "code": "%s", "divisionCode": "420500000000", "level": "CITY"}
                        """.formatted(organization.id(), organization.code()));
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/organizations/no-such-organization"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "ORGANIZATION_NOT_FOUND", "field": "code"}""");
    }

    @Test
    void anOrganizationInAnUnknownDivisionIsRefusedNamingTheDivisionCode() {
        String code = accounts.uniqueName("nowhere");

        assertThat(mvc.post().uri("/api/v1/organizations").with(Callers.as(accounts.admin()))
                .contentType(MediaType.APPLICATION_JSON).content(body(code, "429999000000")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "REGION_NOT_FOUND", "field": "divisionCode"}""");
        assertThat(identity.organizationByCode(code)).isEmpty();
    }

    @Test
    void aMalformedDivisionCodeIsRefused() {
        String code = accounts.uniqueName("bad-division");

        assertThat(mvc.post().uri("/api/v1/organizations").with(Callers.as(accounts.admin()))
                .contentType(MediaType.APPLICATION_JSON).content(body(code, "4205")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_INVALID", "field": "divisionCode"}""");
        assertThat(identity.organizationByCode(code)).isEmpty();
    }

    @Test
    void aTakenCodeIsRefused() {
        Organization existing = accounts.organization();

        assertThat(mvc.post().uri("/api/v1/organizations").with(Callers.as(accounts.admin()))
                .contentType(MediaType.APPLICATION_JSON).content(body(existing.code(), TestAccounts.YILING)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "DUPLICATE_CODE", "field": "code"}""");
        assertThat(identity.organizationByCode(existing.code())).get().extracting(Organization::divisionCode)
                .isEqualTo(TestAccounts.YICHANG);
    }

    @Test
    void aMissingNameIsRequired() {
        assertThat(mvc.post().uri("/api/v1/organizations").with(Callers.as(accounts.admin()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "%s", "divisionCode": "420500000000"}""".formatted(accounts.uniqueName("nameless"))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().isLenientlyEqualTo("""
                        {"code": "FIELD_REQUIRED", "field": "name"}""");
    }
}
