package io.jingchu.hub.catalog.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.OpeningTerms;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.SharingTerms;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.testing.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The CKAN Action API through HTTP, on this pass's database. */
class CkanApiIT extends IntegrationTest {

    static final Caller ADMIN = new Caller(90_001, "ckan-it-bureau", Set.of(Role.ADMIN), null);

    @Autowired
    IdentityApi identity;
    @Autowired
    CatalogApi catalog;

    Organization organization() {
        String code = "ckan-" + UUID.randomUUID().toString().substring(0, 8);
        return identity.createOrganization(ADMIN, code, "宜昌市测试局" + code, "420500000000");
    }

    static ResourceDraft draft(Organization owner, String title) {
        return new ResourceDraft(null, title, "用于 CKAN 接口测试的资源。", owner.id(), Theme.TRANSPORT,
                List.of("交通", "测试"), List.of(), UpdateFrequency.DAILY, "CC-BY-4.0",
                new Contact("测试联系人", "0717-6250000", "ckan-it@example.org"), SecurityGrade.GENERAL,
                Sensitivity.L1, new SharingTerms(SharingAttribute.UNCONDITIONAL, null, null),
                new OpeningTerms(OpeningAttribute.UNCONDITIONAL, null, null), false);
    }

    DataResource published(Organization owner, String title) {
        DataResource registered = catalog.register(ADMIN, draft(owner, title));
        DataResource submitted = catalog.submit(ADMIN, registered.code(), registered.version());
        return catalog.publish(ADMIN, submitted.code(), submitted.version());
    }

    @Test
    void packageSearchFindsAPublishedResourceButNotADraft() {
        Organization owner = organization();
        DataResource open = published(owner, "公交线路 CKAN 检索");
        catalog.register(ADMIN, draft(owner, "公交线路 CKAN 草稿"));
        String fq = "organization:" + owner.code();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mvc.get().uri("/api/3/action/package_search").param("fq", fq)
                        .param("facet.field", "[\"groups\",\"tags\"]"))
                        .hasStatusOk()
                        .bodyJson()
                        .satisfies(json -> {
                            json.assertThat().extractingPath("$.success").isEqualTo(true);
                            json.assertThat().extractingPath("$.result.count").isEqualTo(1);
                            json.assertThat().extractingPath("$.result.results[0].name")
                                    .isEqualTo(CkanNames.of(open.code()));
                            json.assertThat().extractingPath("$.result.search_facets.groups.items[0].name")
                                    .isEqualTo("transport");
                        }));
    }

    @Test
    void packageSearchTakesItsParametersAsAPostedJsonObject() {
        Organization owner = organization();
        DataResource open = published(owner, "公交站点 CKAN 提交");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mvc.post().uri("/api/3/action/package_search").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fq\": \"organization:" + owner.code() + "\", \"rows\": 5}"))
                        .hasStatusOk()
                        .bodyJson().extractingPath("$.result.results[0].id").isEqualTo(open.code()));
    }

    @Test
    void packageShowOfADraftIsACkanNotFoundError() {
        DataResource draft = catalog.register(ADMIN, draft(organization(), "草稿不可见"));

        assertThat(mvc.get().uri("/api/3/action/package_show").param("id", draft.code()))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.success").isEqualTo(false);
                    json.assertThat().extractingPath("$.error.__type").isEqualTo("Not Found Error");
                    json.assertThat().extractingPath("$.help").asString().endsWith("help_show?name=package_show");
                });
    }

    @Test
    void packageShowOfAPublishedResourceGivesItsPackage() {
        DataResource open = published(organization(), "公交车辆实时位置");

        assertThat(mvc.get().uri("/api/3/action/package_show").param("id", open.code()))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.result.title").isEqualTo("公交车辆实时位置");
                    json.assertThat().extractingPath("$.result.state").isEqualTo("active");
                    json.assertThat().extractingPath("$.result.tags[0].name").isEqualTo("交通");
                });
    }

    @Test
    void statusShowAnswersAsCkan() {
        assertThat(mvc.get().uri("/api/3/action/status_show"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.success").isEqualTo(true);
                    json.assertThat().extractingPath("$.result.ckan_version").isEqualTo("2.10.0");
                    json.assertThat().extractingPath("$.result.site_title").isEqualTo("荆楚数据枢纽");
                });
    }

    @Test
    void malformedFilterQueriesAreCkanValidationErrors() {
        assertThat(mvc.get().uri("/api/3/action/package_search").param("fq", "organization:(a OR"))
                .hasStatus(409)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.error.__type").isEqualTo("Validation Error");
                    json.assertThat().extractingPath("$.error.fq").isNotNull();
                });
    }

    @Test
    void unknownActionsAreBadRequests() {
        assertThat(mvc.get().uri("/api/3/action/package_delete"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.error.__type").isEqualTo("Bad Request");
    }

    @Test
    void organizationListNamesTheOrganizations() {
        Organization owner = organization();

        assertThat(mvc.get().uri("/api/3/action/organization_list"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.result").asArray().contains(owner.code());
    }
}
