package io.jingchu.hub.catalog.web;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Registering and editing resources over HTTP: each rule and each refusal, and that refusals write nothing. */
class ResourceRegistrationIT extends CatalogHttpTest {

    Organization transport;
    Organization health;
    Caller publisher;

    @BeforeEach
    void organizations() {
        transport = organization("宜昌市交通运输局", YICHANG);
        health = organization("西陵区卫生健康局", XILING);
        publisher = publisherOf(transport);
    }

    @Test
    void aPublisherRegistersADraft() throws Exception {
        MvcTestResult result = post("/api/v1/resources", publisher, body(aDraft().build())).exchange();

        assertThat(result).hasStatus(201).bodyJson().extractingPath("$.state").isEqualTo("DRAFT");
        assertThat(result).bodyJson().extractingPath("$.organizationId").convertTo(Long.class).isEqualTo(transport.id());
        String code = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.code");
        assertThat(code).matches("420500-\\d{6}");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/resources/" + code);
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat(historyOf(code)).isEqualTo(1);
    }

    @Test
    void theDescriptionIsShownAsSanitizedHtml() {
        String code = unique();
        post("/api/v1/resources", publisher, body(aDraft().code(code)
                .description("**重要**<script>alert(1)</script>[x](javascript:alert(1))<img src=x onerror=alert(1)>")
                .build())).exchange();

        MvcTestResult result = mvc.get().uri("/api/v1/resources/" + code).with(as(publisher)).exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.descriptionHtml").asString()
                .contains("<strong>重要</strong>").doesNotContain("<script", "javascript:", "onerror");
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
    }

    @Test
    void coreDataIsNeverOpened() {
        assertRuleRefused(aDraft().grade(SecurityGrade.CORE).opening(OpeningAttribute.CONDITIONAL).build(),
                "CORE_DATA_NEVER_OPENED", "opening.attribute");
    }

    @Test
    void importantDataIsNeverOpenedUnconditionally() {
        assertRuleRefused(aDraft().grade(SecurityGrade.IMPORTANT).build(), "IMPORTANT_DATA_NOT_OPENED_UNCONDITIONALLY",
                "opening.attribute");
    }

    @Test
    void personalInformationIsNeverOpenedUnconditionally() {
        assertRuleRefused(aDraft().withPersonalField().build(), "PERSONAL_DATA_NOT_OPENED_UNCONDITIONALLY",
                "opening.attribute");
    }

    @Test
    void refusingToOpenNeedsABasis() {
        assertRuleRefused(aDraft().opening(OpeningAttribute.NONE, null, null).build(),
                "OPENING_REFUSAL_BASIS_REQUIRED", "opening.basis");
    }

    @Test
    void refusingToShareNeedsABasis() {
        assertRuleRefused(aDraft().sharing(SharingAttribute.NONE, null, null).build(),
                "SHARING_REFUSAL_BASIS_REQUIRED", "sharing.basis");
    }

    @Test
    void conditionalOpeningNeedsConditions() {
        assertRuleRefused(aDraft().opening(OpeningAttribute.CONDITIONAL, null, null).build(), "CONDITIONS_REQUIRED",
                "opening.conditions");
    }

    @Test
    void conditionalSharingNeedsConditions() {
        assertRuleRefused(aDraft().sharing(SharingAttribute.CONDITIONAL, null, null).build(), "CONDITIONS_REQUIRED",
                "sharing.conditions");
    }

    @Test
    void everyMalformedFieldIsNamedAtOnce() {
        String code = unique();
        MvcTestResult result = post("/api/v1/resources", publisher, body(aDraft().code(code).title("")
                .withField(new FieldSpec("Bad-Name", "坏", FieldType.STRING, null, true, false))
                .withField(new FieldSpec("no_label", "", FieldType.STRING, null, true, false))
                .build())).exchange();

        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("FIELD_REQUIRED");
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("title");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("title", "fields[2].name", "fields[3].label");
        assertThat(catalog.find(ADMIN, code)).isEmpty();
    }

    @Test
    void anUnknownThemeIsRefusedNamingTheField() {
        long before = rows("data_resource");
        String body = body(aDraft().build()).replace("\"TRANSPORT\"", "\"SPORTS\"");
        assertThat(post("/api/v1/resources", publisher, body)).hasStatus(400).bodyJson()
                .extractingPath("$.field").isEqualTo("theme");
        assertThat(post("/api/v1/resources", publisher, body)).bodyJson()
                .extractingPath("$.code").isEqualTo("UNKNOWN_VALUE");
        assertThat(rows("data_resource")).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsRefused() {
        String code = unique();
        catalog.register(publisher, aDraft().code(code).build());
        assertRefused(post("/api/v1/resources", publisher, body(aDraft().code(code).title("别的").build())).exchange(),
                409, "DUPLICATE_CODE", "code");
        assertThat(catalog.get(ADMIN, code).title()).isEqualTo("宜昌市公交线路");
    }

    @Test
    void aPublisherRegistersNothingForAnotherOrganization() {
        String code = unique();
        assertRefused(post("/api/v1/resources", publisher, body(aDraft().code(code).organization(health.id()).build()))
                .exchange(), 403, "NOT_OWN_ORGANIZATION", "organizationId");
        assertThat(catalog.find(ADMIN, code)).isEmpty();
    }

    @Test
    void consumersAndAuditorsRegisterNothing() {
        for (Caller caller : new Caller[] {CONSUMER, AUDITOR}) {
            String code = unique();
            assertThat(post("/api/v1/resources", caller, body(aDraft().code(code).organization(transport.id())
                    .build()))).hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
            assertThat(catalog.find(ADMIN, code)).isEmpty();
        }
    }

    @Test
    void anonymousCallersRegisterNothing() {
        String code = unique();
        assertThat(mvc.post().uri("/api/v1/resources").with(anonymous()).contentType(MediaType.APPLICATION_JSON)
                .content(body(aDraft().code(code).organization(transport.id()).build())))
                .hasStatus(401).bodyJson().extractingPath("$.code").isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(catalog.find(ADMIN, code)).isEmpty();
    }

    @Test
    void anEditNamesTheVersionItEdits() {
        DataResource r = draftOf(publisher);
        MvcTestResult result = put("/api/v1/resources/" + r.code(), publisher,
                body(aDraft().title("新标题").build(), 1)).exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.version").asNumber().isEqualTo(2);
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"2\"");
        assertThat(historyOf(r.code())).isEqualTo(2);
    }

    @Test
    void anEditWithoutAVersionIsRefused() {
        DataResource r = draftOf(publisher);
        assertRefused(put("/api/v1/resources/" + r.code(), publisher, body(aDraft().title("新").build())).exchange(),
                400, "FIELD_REQUIRED", "version");
        assertUnchanged(r);
    }

    @Test
    void aStaleEditIsRefusedAndLosesNothing() {
        DataResource r = draftOf(publisher);
        catalog.update(publisher, r.code(), 1, aDraft().title("第二版").build());
        assertRefused(put("/api/v1/resources/" + r.code(), publisher, body(aDraft().title("迟到").build(), 1))
                .exchange(), 409, "CONCURRENT_MODIFICATION", "version");
        assertThat(catalog.get(ADMIN, r.code()).title()).isEqualTo("第二版");
        assertThat(historyOf(r.code())).isEqualTo(2);
    }

    @Test
    void rulesAreCheckedOnEdits() {
        DataResource r = draftOf(publisher);
        assertRefused(put("/api/v1/resources/" + r.code(), publisher, body(aDraft().grade(SecurityGrade.CORE).build(),
                1)).exchange(), 422, "CORE_DATA_NEVER_OPENED", "opening.attribute");
        assertUnchanged(r);
    }

    @Test
    void aPublisherEditsNothingOfAnotherOrganization() {
        DataResource shared = published(publisherOf(health), aDraft().build());
        assertRefused(put("/api/v1/resources/" + shared.code(), publisher, body(aDraft().build(), shared.version()))
                .exchange(), 403, "NOT_OWN_ORGANIZATION", "organizationId");
        assertUnchanged(shared);
    }

    @Test
    void aConsumerEditsNothing() {
        DataResource open = published(publisher, aDraft().build());
        assertThat(put("/api/v1/resources/" + open.code(), CONSUMER, body(aDraft().build(), open.version())))
                .hasStatus(403);
        assertUnchanged(open);
    }

    @Test
    void editingAnUnknownResourceIsNotFound() {
        assertRefused(put("/api/v1/resources/no-such-" + unique(), ADMIN, body(aDraft().build(), 1)).exchange(), 404,
                "RESOURCE_NOT_FOUND", "code");
    }

    private void assertRuleRefused(io.jingchu.hub.catalog.ResourceDraft draft, String code, String field) {
        long resources = rows("data_resource");
        long history = rows("resource_change");
        assertRefused(post("/api/v1/resources", publisher, body(draft)).exchange(), 422, code, field);
        assertThat(rows("data_resource")).isEqualTo(resources);
        assertThat(rows("resource_change")).isEqualTo(history);
    }

    private void assertUnchanged(DataResource before) {
        assertThat(catalog.get(ADMIN, before.code())).isEqualTo(before);
        assertThat(historyOf(before.code())).isEqualTo(before.version());
    }

    static void assertRefused(MvcTestResult result, int status, String code, @Nullable String field) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
        if (field == null) {
            assertThat(result).bodyJson().doesNotHavePath("$.field");
        } else {
            assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
        }
    }

    static String unique() {
        return "it-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
