package io.jingchu.hub.ledger;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.ingest.IngestFixture.text;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.client.ledger.CanonicalJson;
import io.jingchu.client.ledger.Checkpoint;
import io.jingchu.client.ledger.CheckpointVerifier;
import io.jingchu.client.ledger.ContentHash;
import io.jingchu.client.ledger.MemoryTree;
import io.jingchu.client.ledger.ProofBuilder;
import io.jingchu.client.ledger.ProofVerifier;
import io.jingchu.client.ledger.Tile;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.client.ledger.VerifierKey;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersionPublished;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit ledger end to end: changes append entries in their own transactions, the sequencer signs
 * checkpoints, and the client library verifies what the REST API serves, knowing only the origin and the keys.
 */
class LedgerIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FieldSpec[] STOPS = {
            new FieldSpec("stop_id", "站点编号", FieldType.STRING, null, false, false, true),
            new FieldSpec("name", "站点名称", FieldType.STRING, null, false, false)};

    @Autowired
    CatalogApi catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    IngestFixture ingest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    LedgerApi ledger;

    @Test
    void aResourceChangeIsOneEntryProvenAgainstTheSignedCheckpoint() {
        Caller publisher = accounts.publisher();
        DataResource resource = catalog.register(publisher, aDraft().code(accounts.uniqueName("ledger"))
                .organization(publisher.organizationId()).build());
        assertThat(entriesRecorded(resource.code())).isEqualTo(1);

        JsonNode entry = awaitEntries(resource.code(), 1).get(0);
        Map<String, Object> content = fields(entry.get("entry").asString());
        assertThat(content).containsEntry("type", "RESOURCE_REGISTERED").containsEntry("actor", publisher.username())
                .containsEntry("resource", resource.code()).containsEntry("v", 1);
        assertThat(CanonicalJson.text(content)).isEqualTo(entry.get("entry").asString());

        Checkpoint checkpoint = verifiedCheckpoint(entry.get("index").asLong() + 1);
        JsonNode proof = json("/api/v1/ledger/proofs/inclusion?index=" + entry.get("index").asLong() + "&treeSize="
                + checkpoint.size());
        verifyInclusion(proof, checkpoint);
    }

    @Test
    void aPublishedVersionIsOneEntryFoundByItsContentHash() throws Exception {
        Caller publisher = accounts.publisher();
        String code = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, STOPS).code();
        ingest.load(mvc, publisher, code, "stops.csv", "stop_id,name\nS1,夷陵广场\nS2,东山大道\n"
                .getBytes(StandardCharsets.UTF_8));
        DatasetVersionPublished version = ingest.published().stream().filter(v -> v.resourceCode().equals(code))
                .findFirst().orElseThrow();
        assertThat(recorded("subject_hash = :value AND entry_type = 'VERSION_PUBLISHED'", version.contentHash()))
                .isEqualTo(1);

        awaitEntries(code, 4);
        Checkpoint checkpoint = verifiedCheckpoint(1);
        JsonNode proof = json("/api/v1/ledger/proofs/inclusion?hash=" + version.contentHash());
        Map<String, Object> entry = fields(proof.get("entry").get("entry").asString());
        assertThat(entry.get("type")).isEqualTo("VERSION_PUBLISHED");
        assertThat(((Map<?, ?>) entry.get("payload")).get("contentHash")).isEqualTo(version.contentHash());
        verifyInclusion(proof, verifiedCheckpoint(proof.get("treeSize").asLong()));
        assertThat(checkpoint.size()).isPositive();

        byte[] downloaded = mvc.get().uri("/api/v1/resources/" + code + "/versions/" + version.number() + "/download")
                .with(as(publisher)).exchange().getResponse().getContentAsByteArray();
        assertThat(ContentHash.of(new ByteArrayInputStream(downloaded))).isEqualTo(version.contentHash());
    }

    /** Entries are written just before their transaction commits, so one that rolls back writes none. */
    @Test
    void aRolledBackChangeLeavesNoEntry() {
        Caller publisher = accounts.publisher();
        String code = accounts.uniqueName("rolled-back");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            catalog.register(publisher, aDraft().code(code).organization(publisher.organizationId()).build());
            status.setRollbackOnly();
        });
        assertThat(entriesRecorded(code)).isZero();
        assertThat(catalog.find(accounts.admin(), code)).isEmpty();
    }

    @Test
    void aLaterCheckpointIsConsistentWithAnEarlierOne() {
        Checkpoint earlier = verifiedCheckpoint(0);
        Caller publisher = accounts.publisher();
        DataResource resource = catalog.register(publisher, aDraft().code(accounts.uniqueName("later"))
                .organization(publisher.organizationId()).build());
        long index = awaitEntries(resource.code(), 1).get(0).get("index").asLong();
        Checkpoint later = verifiedCheckpoint(index + 1);

        JsonNode proof = json("/api/v1/ledger/proofs/consistency?first=" + earlier.size() + "&second=" + later.size());
        new ProofVerifier(treeHash()).verifyConsistency(earlier.size(), later.size(), earlier.rootHash(),
                later.rootHash(), hashes(proof.get("hashes")));
    }

    @Test
    void theLogPublishesItsOriginHashAndKeys() {
        JsonNode info = json("/api/v1/ledger");
        assertThat(info.get("hash").asString()).isEqualTo("sm3");
        assertThat(info.get("origin").asString()).isEqualTo("localhost:8080/ledger/sm3");
        String keys = text(mvc.get().uri("/api/v1/ledger/keys").exchange());
        assertThat(keys.lines().map(VerifierKey::parse).map(VerifierKey::type).map(Enum::name).toList())
                .containsExactly("SM2");
    }

    @Test
    void theTilesRebuildTheSignedTree() {
        Caller publisher = accounts.publisher();
        catalog.register(publisher, aDraft().code(accounts.uniqueName("tiles")).organization(publisher.organizationId())
                .build());
        Checkpoint checkpoint = verifiedCheckpoint(1);
        long size = checkpoint.size();
        MemoryTree rebuilt = new MemoryTree(treeHash());
        for (long n = 0; n * Tile.FULL_WIDTH < size; n++) {
            int width = (int) Math.min(Tile.FULL_WIDTH, size - n * Tile.FULL_WIDTH);
            byte[] hashes = bytes("/api/v1/ledger/" + new Tile(0, n, width).path());
            byte[] bundle = bytes("/api/v1/ledger/" + new Tile(Tile.ENTRIES, n, width).path());
            List<byte[]> leaves = new ArrayList<>();
            ByteBuffer entries = ByteBuffer.wrap(bundle);
            for (int i = 0; i < width; i++) {
                byte[] leaf = Arrays.copyOfRange(hashes, 32 * i, 32 * i + 32);
                byte[] entry = new byte[entries.getShort() & 0xffff];
                entries.get(entry);
                assertThat(treeHash().leaf(entry)).as("entry %d", n * 256 + i).isEqualTo(leaf);
                leaves.add(leaf);
            }
            assertThat(hashes).hasSize(32 * width);
            assertThat(entries.hasRemaining()).isFalse();
            rebuilt.appendLeafHashes(leaves);
        }
        assertThat(rebuilt.proofs().root(size)).isEqualTo(checkpoint.rootHash());
    }

    @Test
    void badRequestsNameTheField() {
        assertProblem("/api/v1/ledger/entries/999999999", 404, "LEDGER_ENTRY_NOT_FOUND", "index");
        assertProblem("/api/v1/ledger/entries/-1", 404, "LEDGER_ENTRY_NOT_FOUND", "index");
        assertProblem("/api/v1/ledger/entries/abc", 400, "FIELD_INVALID", "index");
        assertProblem("/api/v1/ledger/proofs/inclusion?index=0&treeSize=999999999", 400, "LEDGER_TREE_SIZE_INVALID",
                "treeSize");
        assertProblem("/api/v1/ledger/proofs/inclusion?index=0&treeSize=0", 400, "LEDGER_TREE_SIZE_INVALID",
                "treeSize");
        assertProblem("/api/v1/ledger/proofs/inclusion", 400, "FIELD_REQUIRED", "index");
        assertProblem("/api/v1/ledger/proofs/inclusion?hash=not-a-hash", 400, "FIELD_INVALID", "hash");
        assertProblem("/api/v1/ledger/proofs/inclusion?hash=sha256:" + "0".repeat(64), 404, "LEDGER_ENTRY_NOT_FOUND",
                "hash");
        assertProblem("/api/v1/ledger/proofs/consistency?first=5&second=0", 400, "LEDGER_TREE_SIZE_INVALID", "first");
        assertProblem("/api/v1/ledger/proofs/consistency?first=1&second=999999999", 400, "LEDGER_TREE_SIZE_INVALID",
                "second");
        assertProblem("/api/v1/ledger/entries?resource=x&limit=0", 400, "FIELD_INVALID", "limit");
        assertProblem("/api/v1/ledger/tile/0/1", 400, "FIELD_INVALID", "tile");
        assertProblem("/api/v1/ledger/tile/0/x999/999", 404, "LEDGER_TILE_NOT_FOUND", "tile");
        assertProblem("/api/v1/ledger/tile/entries/x999/999.p/3", 404, "LEDGER_TILE_NOT_FOUND", "tile");
    }

    /**
     * The stored tree keeps only some levels and folds the others when read: every inclusion and consistency proof
     * over a tree that reaches the third stored level (256 leaves) must equal one built from the entries alone.
     */
    @Test
    void everyProofEqualsOneFromAnIndependentTree() {
        Caller publisher = accounts.publisher();
        for (int i = 0; i < 300; i++) {
            catalog.register(publisher, aDraft().code(accounts.uniqueName("proofs")).organization(
                    publisher.organizationId()).build());
        }
        long size = Math.min(verifiedCheckpoint(300).size(), 1200);
        MemoryTree independent = new MemoryTree(treeHash());
        for (long i = 0; i < size; i++) {
            independent.append(ledger.entry(i).entry().getBytes(StandardCharsets.UTF_8));
        }
        ProofBuilder expected = independent.proofs();
        for (long index = 0; index < size; index++) {
            assertThat(ledger.inclusion(index, size).hashes()).as("inclusion of %d in %d", index, size)
                    .containsExactlyElementsOf(expected.inclusion(index, size));
        }
        for (long first = 1; first < size; first++) {
            assertThat(ledger.consistency(first, size).hashes()).as("consistency of %d with %d", first, size)
                    .containsExactlyElementsOf(expected.consistency(first, size));
        }
    }

    /**
     * An entry left waiting by a hub from before leaf hashes were written with entries has none: the sequencer
     * hashes it itself, and it is proven and found by its subject like any other.
     */
    @Test
    void anEntryWaitingWithoutItsLeafHashIsSequencedAndProven() {
        String code = accounts.uniqueName("older-hub");
        String subject = "sha256:" + HexFormat.of().formatHex(treeHash().leaf(code.getBytes(StandardCharsets.UTF_8)));
        byte[] content = CanonicalJson.bytes(Map.of("v", 1, "type", "VERSION_PUBLISHED", "at",
                "2026-12-01T08:00:00Z", "actor", "older-hub", "resource", code, "payload",
                Map.of("contentHash", subject)));
        jdbc.sql("""
                INSERT INTO ledger_pending (entry_type, resource_code, subject_hash, recorded_at, content)
                VALUES ('VERSION_PUBLISHED', :code, :subject, CURRENT_TIMESTAMP, :content)""")
                .param("code", code).param("subject", subject).param("content", content).update();

        JsonNode entry = awaitEntries(code, 1).get(0);
        assertThat(entry.get("entry").asString()).isEqualTo(new String(content, StandardCharsets.UTF_8));
        JsonNode proof = json("/api/v1/ledger/proofs/inclusion?hash=" + subject);
        assertThat(proof.get("index").asLong()).isEqualTo(entry.get("index").asLong());
        verifyInclusion(proof, verifiedCheckpoint(proof.get("treeSize").asLong()));
        String leaf = HexFormat.of().formatHex(treeHash().leaf(content));
        assertThat(json("/api/v1/ledger/proofs/inclusion?hash=" + leaf).get("index").asLong())
                .isEqualTo(entry.get("index").asLong());
    }

    private void assertProblem(String uri, int status, String code, String field) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
    }

    private long entriesRecorded(String code) {
        return recorded("resource_code = :value", code);
    }

    /** Entries recorded with this condition, whether still waiting for an index or already in the tree. */
    private long recorded(String condition, String value) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM ledger_pending WHERE " + condition
                        + ") + (SELECT COUNT(*) FROM ledger_entry WHERE " + condition + ")")
                .param("value", value).query(Long.class).single();
    }

    /** The resource's sequenced entries once there are this many. */
    private List<JsonNode> awaitEntries(String code, int count) {
        JsonNode[] entries = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            entries[0] = json("/api/v1/ledger/entries?resource=" + code);
            return entries[0].size() >= count;
        });
        assertThat(entries[0].size()).isEqualTo(count);
        return List.of(entries[0].valueStream().toArray(JsonNode[]::new));
    }

    /** The latest checkpoint once it covers this many entries, checked with the published origin and keys only. */
    private Checkpoint verifiedCheckpoint(long atLeast) {
        JsonNode info = json("/api/v1/ledger");
        List<VerifierKey> keys = text(mvc.get().uri("/api/v1/ledger/keys").exchange()).lines()
                .map(VerifierKey::parse).toList();
        CheckpointVerifier verifier = new CheckpointVerifier(info.get("origin").asString(), keys);
        Checkpoint[] checkpoint = new Checkpoint[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var response = mvc.get().uri("/api/v1/ledger/checkpoint").exchange();
            assertThat(response).hasStatusOk().hasContentTypeCompatibleWith("text/plain");
            checkpoint[0] = verifier.verify(text(response));
            return checkpoint[0].size() >= atLeast;
        });
        return checkpoint[0];
    }

    private void verifyInclusion(JsonNode proof, Checkpoint checkpoint) {
        byte[] entry = proof.get("entry").get("entry").asString().getBytes(StandardCharsets.UTF_8);
        byte[] leaf = treeHash().leaf(entry);
        assertThat(Base64.getDecoder().decode(proof.get("leafHash").asString())).isEqualTo(leaf);
        new ProofVerifier(treeHash()).verifyInclusion(leaf, proof.get("index").asLong(), checkpoint.size(),
                hashes(proof.get("hashes")), checkpoint.rootHash());
    }

    private static List<byte[]> hashes(JsonNode array) {
        return Arrays.stream(array.valueStream().toArray(JsonNode[]::new))
                .map(h -> Base64.getDecoder().decode(h.asString())).toList();
    }

    private static Map<String, Object> fields(String entry) {
        return JSON.readValue(entry, new TypeReference<Map<String, Object>>() {
        });
    }

    private static TreeHash treeHash() {
        return TreeHash.sm3();
    }

    private byte[] bytes(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/octet-stream");
        return result.getResponse().getContentAsByteArray();
    }

    private JsonNode json(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(text(result));
    }
}
