package io.jingchu.hub.identifier;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.ingest.IngestFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.client.ledger.ContentHash;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersionPublished;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.ledger.LedgerApi;
import io.jingchu.hub.ledger.LedgerEntry;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Persistent identifiers end to end: assigned in the transactions that publish resources and versions, resolved
 * over the Handle.net JSON REST form with the values the ledger and the catalog hold, tombstones for retired
 * resources, and the Handle API's answers for unknown and malformed handles.
 */
class IdentifierIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = "88.118.8";
    private static final FieldSpec STOPS = new FieldSpec("stop_id", "站点编号", FieldType.STRING, null, false, false,
            true);

    @Autowired
    CatalogApi catalog;
    @Autowired
    LedgerApi ledger;
    @Autowired
    TestAccounts accounts;
    @Autowired
    IngestFixture ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPublishedResourceResolvesToItsLandingPageTitleOwnerAndLedgerEntry() {
        DataResource resource = ingest.publishedResource(accounts.publisher(), OpeningAttribute.UNCONDITIONAL, STOPS);
        String handle = PREFIX + "/" + resource.code();

        JsonNode answer = awaitLedgerIndex(handle);
        assertThat(answer.get("responseCode").asInt()).isEqualTo(1);
        assertThat(answer.get("handle").asString()).isEqualTo(handle);
        Map<String, String> values = values(answer);
        assertThat(values).containsEntry("URL", "http://localhost:8080/api/v1/resources/" + resource.code())
                .containsEntry("TITLE", resource.title()).containsEntry("OWNER", resource.organizationName())
                .containsEntry("STATUS", "PUBLISHED").doesNotContainKey("CONTENT_HASH");
        LedgerEntry published = ledger.entriesOf(resource.code(), 0, 100).stream()
                .filter(e -> e.type().equals("RESOURCE_PUBLISHED")).findFirst().orElseThrow();
        assertThat(values).containsEntry("LEDGER_INDEX", Long.toString(published.index()));

        JsonNode url = answer.get("values").get(0);
        assertThat(url.get("index").asInt()).isEqualTo(1);
        assertThat(url.get("data").get("format").asString()).isEqualTo("string");
        assertThat(url.get("ttl").asLong()).isEqualTo(86_400);
        assertThat(url.get("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        MvcTestResult redirect = mvc.get().uri("/id/" + handle).exchange();
        assertThat(redirect).hasStatus(302).headers().hasValue("Location",
                "http://localhost:8080/api/v1/resources/" + resource.code());
    }

    @Test
    void aPublishedVersionResolvesToItsFileWithItsContentHashAndLedgerEntry() throws Exception {
        Caller publisher = accounts.publisher();
        String code = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, STOPS).code();
        ingest.load(mvc, publisher, code, "stops.csv", "stop_id\nS1\nS2\n"
                .getBytes(StandardCharsets.UTF_8));
        DatasetVersionPublished version = ingest.published().stream().filter(v -> v.resourceCode().equals(code))
                .findFirst().orElseThrow();
        String handle = PREFIX + "/" + code + "/v" + version.number();

        Map<String, String> values = values(awaitLedgerIndex(handle));
        assertThat(values).containsEntry("CONTENT_HASH", version.contentHash())
                .containsEntry("LEDGER_INDEX", Long.toString(ledger.inclusionByHash(version.contentHash(), null)
                        .index()))
                .containsEntry("RESOURCE", PREFIX + "/" + code)
                .containsEntry("URL", "http://localhost:8080/api/v1/resources/" + code + "/versions/"
                        + version.number() + "/download")
                .containsEntry("STATUS", "PUBLISHED");

        String path = values.get("URL").substring("http://localhost:8080".length());
        byte[] file = mvc.get().uri(path).exchange().getResponse().getContentAsByteArray();
        assertThat(ContentHash.of(new ByteArrayInputStream(file))).isEqualTo(values.get("CONTENT_HASH"));
    }

    @Test
    void filtersSelectValuesByIndexOrType() {
        String code = ingest.publishedResource(accounts.publisher(), OpeningAttribute.UNCONDITIONAL, STOPS).code();
        JsonNode some = json(mvc.get().uri("/api/handles/" + PREFIX + "/" + code + "?index=1&type=owner").exchange(),
                200);
        assertThat(values(some)).containsOnlyKeys("URL", "OWNER");

        JsonNode none = json(mvc.get().uri("/api/handles/" + PREFIX + "/" + code + "?type=EMAIL").exchange(), 200);
        assertThat(none.get("responseCode").asInt()).isEqualTo(200);
        assertThat(none.get("values").size()).isZero();

        JsonNode badIndex = json(mvc.get().uri("/api/handles/" + PREFIX + "/" + code + "?index=one").exchange(),
                400);
        assertThat(badIndex.get("responseCode").asInt()).isEqualTo(202);
    }

    @Test
    void aRetiredResourceResolvesToATombstone() {
        Caller publisher = accounts.publisher();
        String code = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, STOPS).code();
        ingest.load(mvc, publisher, code, "stops.csv", "stop_id\nS1\n".getBytes(StandardCharsets.UTF_8));
        Caller admin = accounts.admin();
        catalog.retire(admin, code, catalog.get(admin, code).version(), "停止更新");

        for (String handle : new String[] {PREFIX + "/" + code, PREFIX + "/" + code + "/v1"}) {
            JsonNode answer = json(mvc.get().uri("/api/handles/" + handle).exchange(), 200);
            assertThat(answer.get("responseCode").asInt()).isEqualTo(1);
            Map<String, String> values = values(answer);
            assertThat(values).doesNotContainKey("URL").containsEntry("STATUS", "RETIRED").containsKey("TITLE");

            MvcTestResult redirect = mvc.get().uri("/id/" + handle).exchange();
            assertThat(redirect).hasStatus(410).bodyJson().extractingPath("$.code").isEqualTo("IDENTIFIER_RETIRED");
        }
    }

    @Test
    void anUnpublishedOrRolledBackResourceHasNoIdentifier() {
        Caller publisher = accounts.publisher();
        DataResource draft = catalog.register(publisher, aDraft().code(accounts.uniqueName("draft"))
                .organization(publisher.organizationId()).build());
        assertNotFound(draft.code());

        DataResource submitted = catalog.submit(publisher, draft.code(), draft.version());
        Caller admin = accounts.admin();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            catalog.publish(admin, submitted.code(), submitted.version());
            assertThat(identifiersOf(submitted.code())).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(identifiersOf(submitted.code())).isZero();
        assertNotFound(submitted.code());
    }

    @Test
    void unknownHandlesAnswerAsTheHandleApiDoes() {
        long before = jdbc.sql("SELECT COUNT(*) FROM identifier_resource").query(Long.class).single();
        JsonNode unknown = json(mvc.get().uri("/api/handles/" + PREFIX + "/no-such-resource").exchange(), 404);
        assertThat(unknown.get("responseCode").asInt()).isEqualTo(100);
        assertThat(unknown.get("handle").asString()).isEqualTo(PREFIX + "/no-such-resource");
        assertThat(unknown.has("values")).isFalse();

        JsonNode otherPrefix = json(mvc.get().uri("/api/handles/20.500.12345/" + "abc").exchange(), 404);
        assertThat(otherPrefix.get("responseCode").asInt()).isEqualTo(100);
        JsonNode notAssigned = json(mvc.get().uri("/api/handles/" + PREFIX + "/a/b/c").exchange(), 404);
        assertThat(notAssigned.get("responseCode").asInt()).isEqualTo(100);

        assertThat(mvc.get().uri("/id/" + PREFIX + "/no-such-resource").exchange()).hasStatus(404).bodyJson()
                .extractingPath("$.code").isEqualTo("IDENTIFIER_NOT_FOUND");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identifier_resource").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void malformedHandlesAreInvalid() {
        JsonNode noSuffix = json(mvc.get().uri("/api/handles/" + PREFIX).exchange(), 400);
        assertThat(noSuffix.get("responseCode").asInt()).isEqualTo(102);
        JsonNode badPrefix = json(mvc.get().uri("/api/handles/88..118/abc").exchange(), 400);
        assertThat(badPrefix.get("responseCode").asInt()).isEqualTo(102);
        JsonNode space = json(mvc.get().uri("/api/handles/" + PREFIX + "/a b").exchange(), 400);
        assertThat(space.get("responseCode").asInt()).isEqualTo(102);

        assertThat(mvc.get().uri("/id/" + PREFIX).exchange()).hasStatus(400).bodyJson()
                .extractingPath("$.field").isEqualTo("suffix");
        MvcTestResult prefix = mvc.get().uri("/id/88..118/abc").exchange();
        assertThat(prefix).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("FIELD_INVALID");
        assertThat(prefix).bodyJson().extractingPath("$.field").isEqualTo("prefix");
    }

    private void assertNotFound(String code) {
        JsonNode answer = json(mvc.get().uri("/api/handles/" + PREFIX + "/" + code).exchange(), 404);
        assertThat(answer.get("responseCode").asInt()).isEqualTo(100);
    }

    private long identifiersOf(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM identifier_resource WHERE resource_code = :code").param("code", code)
                .query(Long.class).single();
    }

    /** The handle's answer once the ledger has sequenced its publication. */
    private JsonNode awaitLedgerIndex(String handle) {
        JsonNode[] answer = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            answer[0] = json(mvc.get().uri("/api/handles/" + handle).exchange(), 200);
            return values(answer[0]).containsKey("LEDGER_INDEX");
        });
        return answer[0];
    }

    private static Map<String, String> values(JsonNode answer) {
        Map<String, String> values = new LinkedHashMap<>();
        answer.get("values").forEach(v -> values.put(v.get("type").asString(), v.get("data").get("value").asString()));
        return values;
    }

    private static JsonNode json(MvcTestResult result, int status) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith("application/json");
        return JSON.readTree(text(result));
    }
}
