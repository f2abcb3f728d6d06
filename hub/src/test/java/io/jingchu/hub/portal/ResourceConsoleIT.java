package io.jingchu.hub.portal;

import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The publisher console: register and edit through the form and its field-schema editor, checked as it is filled. */
class ResourceConsoleIT extends IntegrationTest {

    @Autowired
    CatalogApi catalog;
    @Autowired
    TestAccounts accounts;

    /** A complete form: two fields, Chinese labels, open without conditions. */
    static Map<String, String> valid(String code) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("title", "宜昌市公共自行车站点");
        p.put("description", "站点位置与车桩数。");
        p.put("theme", "TRANSPORT");
        p.put("keywords", "自行车，站点");
        p.put("updateFrequency", "MONTHLY");
        p.put("licence", "CC-BY-4.0");
        p.put("contact.name", "交通局数据专员");
        p.put("contact.phone", "0717-6000000");
        p.put("contact.email", "data@example.org");
        p.put("grade", "GENERAL");
        p.put("sensitivity", "L1");
        p.put("sharing.attribute", "UNCONDITIONAL");
        p.put("opening.attribute", "UNCONDITIONAL");
        p.put("fields[0].name", "station_id");
        p.put("fields[0].label", "站点编号");
        p.put("fields[0].type", "STRING");
        p.put("fields[0].key", "on");
        p.put("fields[1].name", "docks");
        p.put("fields[1].label", "车桩数");
        p.put("fields[1].type", "INTEGER");
        p.put("fields[1].unit", "个");
        p.put("fields[1].nullable", "on");
        return p;
    }

    MvcTestResult post(String uri, Caller caller, Map<String, String> params) {
        MockMvcRequestBuilder request = mvc.post().uri(uri).with(as(caller)).with(csrf());
        params.forEach(request::param);
        return request.exchange();
    }

    /** A resource registered through the form, as the catalog has it. */
    DataResource registered(Caller publisher) {
        String code = accounts.uniqueName("console");
        assertThat(post("/console/resources", publisher, valid(code))).hasStatus3xxRedirection();
        return catalog.get(publisher, code);
    }

    @Test
    void aPublisherRegistersThroughTheFormAndSubmitsForReview() {
        Caller publisher = accounts.publisher(accounts.organization());
        String code = accounts.uniqueName("console");

        MvcTestResult saved = post("/console/resources", publisher, valid(code));

        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/console/resources/" + code);
        DataResource registered = catalog.get(publisher, code);
        assertThat(registered.state()).isEqualTo(LifecycleState.DRAFT);
        assertThat(registered.organizationId()).isEqualTo(publisher.organizationId());
        assertThat(registered.keywords()).containsExactly("自行车", "站点");
        assertThat(registered.fields()).containsExactly(
                new FieldSpec("station_id", "站点编号", FieldType.STRING, null, false, false, true),
                new FieldSpec("docks", "车桩数", FieldType.INTEGER, "个", true, false, false));
        String page = IngestFixture.text(mvc.get().uri("/console/resources/" + code).with(as(publisher)).exchange());
        assertThat(page).contains("value=\"宜昌市公共自行车站点\"", "value=\"车桩数\"", "草稿", "提交审核");

        MvcTestResult submitted = post("/console/resources/" + code + "/submit", publisher,
                Map.of("version", Long.toString(registered.version())));

        assertThat(submitted).hasStatus3xxRedirection();
        assertThat(catalog.get(publisher, code).state()).isEqualTo(LifecycleState.SUBMITTED);
        // the list comes from the search index, which follows a moment later
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(IngestFixture.text(
                mvc.get().uri("/console/resources").with(as(publisher)).exchange()))
                .contains("宜昌市公共自行车站点", "/console/resources/" + code, "待审核"));
    }

    @Test
    void theFormIsCheckedAsItIsFilledInEachRefusalBesideItsField() {
        Caller publisher = accounts.publisher(accounts.organization());
        Map<String, String> p = valid(accounts.uniqueName("console"));
        p.put("grade", "CORE");
        p.put("fields[0].name", "Station ID");
        p.put("fields[1].label", "");
        p.put("contact.email", "不是邮箱");

        MvcTestResult checked = mvc.post().uri("/console/resources/check").with(as(publisher)).with(csrf())
                .header("HX-Request", "true").params(multi(p)).exchange();

        assertThat(checked).hasStatusOk();
        String form = IngestFixture.text(checked);
        assertThat(form).contains("<form id=\"resource-form\"").doesNotContain("<html")
                .contains("id=\"f-0-name-error\" class=\"field-error\" role=\"alert\" data-code=\"FIELD_INVALID\"")
                .contains("id=\"f-1-label-error\" class=\"field-error\" role=\"alert\" data-code=\"FIELD_REQUIRED\"")
                .contains("id=\"r-contact-email-error\" class=\"field-error\" role=\"alert\" data-code=\"FIELD_INVALID\"")
                .contains("id=\"r-opening-error\" class=\"field-error\" role=\"alert\" data-code=\"CORE_DATA_NEVER_OPENED\"")
                .contains("value=\"Station ID\"", "value=\"不是邮箱\"");
        // a form that passes comes back without refusals
        String clean = IngestFixture.text(mvc.post().uri("/console/resources/check").with(as(publisher)).with(csrf())
                .params(multi(valid("fine-code"))).exchange());
        assertThat(clean).doesNotContain("class=\"field-error\"");
    }

    @Test
    void aRefusedSaveComesBackAsTypedWithTheRuleBesideItsFieldAndWritesNothing() {
        Caller publisher = accounts.publisher(accounts.organization());
        String code = accounts.uniqueName("console");
        Map<String, String> p = valid(code);
        p.put("fields[1].personal", "on");

        MvcTestResult refused = post("/console/resources", publisher, p);

        assertThat(refused).hasStatus(422);
        assertThat(IngestFixture.text(refused)).contains("<html",
                "data-code=\"PERSONAL_DATA_NOT_OPENED_UNCONDITIONALLY\"", "value=\"宜昌市公共自行车站点\"");
        assertThat(catalog.find(publisher, code)).isEmpty();
    }

    @Test
    void theSchemaEditorAddsAndRemovesRows() {
        Caller publisher = accounts.publisher(accounts.organization());
        Map<String, String> p = valid("rows-code");
        p.put("rows", "add");

        String added = IngestFixture.text(mvc.post().uri("/console/resources/check").with(as(publisher)).with(csrf())
                .params(multi(p)).exchange());
        p.put("rows", "remove-0");
        String removed = IngestFixture.text(mvc.post().uri("/console/resources/check").with(as(publisher))
                .with(csrf()).params(multi(p)).exchange());
        // without script the same buttons post the whole form to its own action, which saves nothing
        p.put("rows", "add");
        MvcTestResult whole = post("/console/resources", publisher, p);

        assertThat(added).contains("name=\"fields[2].name\"", "value=\"station_id\"", "value=\"docks\"");
        assertThat(removed).doesNotContain("value=\"station_id\"", "name=\"fields[1].name\"")
                .containsPattern("name=\"fields\\[0]\\.name\"[^>]*value=\"docks\"");
        assertThat(whole).hasStatusOk();
        assertThat(IngestFixture.text(whole)).contains("<html", "name=\"fields[2].name\"");
        assertThat(catalog.find(publisher, "rows-code")).isEmpty();
    }

    @Test
    void anEditSavesOnTheVersionItWasMadeOn() {
        Caller publisher = accounts.publisher(accounts.organization());
        DataResource registered = registered(publisher);
        String code = registered.code();
        Map<String, String> p = valid(code);
        p.put("title", "宜昌市公共自行车站点（2026）");
        p.put("version", Long.toString(registered.version()));

        MvcTestResult stale = post("/console/resources/" + code, publisher,
                withVersion(p, registered.version() - 1));
        MvcTestResult saved = post("/console/resources/" + code, publisher, p);

        assertThat(stale).hasStatus(409);
        assertThat(IngestFixture.text(stale)).contains("data-code=\"CONCURRENT_MODIFICATION\"");
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(catalog.get(publisher, code).title()).isEqualTo("宜昌市公共自行车站点（2026）");
        assertThat(catalog.get(publisher, code).version()).isEqualTo(registered.version() + 1);
    }

    @Test
    void onlyTheOrganizationsPublisherOpensItsResources() {
        Caller publisher = accounts.publisher(accounts.organization());
        DataResource registered = registered(publisher);
        String code = registered.code();
        Map<String, String> p = withVersion(valid(code), registered.version());
        p.put("title", "别人改的");

        for (Role role : new Role[] {Role.CONSUMER, Role.AUDITOR}) {
            assertThat(mvc.get().uri("/console/resources").with(as(accounts.user(role)))).as(role.name())
                    .hasStatus(403);
        }
        Caller stranger = accounts.publisher(accounts.organization());
        assertThat(mvc.get().uri("/console/resources/" + code).with(as(stranger)).exchange().getResponse()
                .getStatus()).isBetween(403, 404);
        assertThat(post("/console/resources/" + code, stranger, p).getResponse().getStatus()).isBetween(403, 404);
        assertThat(post("/console/resources/" + code + "/submit", stranger,
                Map.of("version", Long.toString(registered.version()))).getResponse().getStatus()).isBetween(403, 404);
        assertThat(mvc.post().uri("/console/resources/" + code).with(as(publisher)).params(multi(p)))
                .as("without the form's CSRF token").hasStatus(403);
        assertThat(mvc.get().uri("/console/resources").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        DataResource unchanged = catalog.get(publisher, code);
        assertThat(unchanged.title()).isEqualTo("宜昌市公共自行车站点");
        assertThat(unchanged.state()).isEqualTo(LifecycleState.DRAFT);
        assertThat(IngestFixture.text(mvc.get().uri("/console/resources").with(as(stranger)).exchange()))
                .doesNotContain(code);
    }

    @Test
    void theNavigationOffersTheConsoleToPublishers() {
        assertThat(IngestFixture.text(mvc.get().uri("/").with(as(accounts.publisher())).exchange()))
                .contains("href=\"/console/resources\"");
        assertThat(IngestFixture.text(mvc.get().uri("/").with(as(accounts.consumer())).exchange()))
                .doesNotContain("href=\"/console/resources\"");
    }

    static Map<String, String> withVersion(Map<String, String> params, long version) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("version", Long.toString(version));
        return p;
    }

    static MultiValueMap<String, String> multi(Map<String, String> params) {
        MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
        params.forEach(m::add);
        return m;
    }
}
