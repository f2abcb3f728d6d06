package io.jingchu.hub.ledger.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.jingchu.client.ledger.Checkpoint;
import io.jingchu.client.ledger.CheckpointVerifier;
import io.jingchu.client.ledger.VerifierKey;
import io.jingchu.hub.HubApplication;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ledger.AnchorReceipt;
import io.jingchu.hub.ledger.LedgerApi;
import io.jingchu.hub.ledger.LedgerInfo;
import io.jingchu.hub.ledger.RecordingAnchor;
import io.jingchu.hub.ledger.SignedCheckpoint;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import io.jingchu.hub.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anchoring of signed checkpoints to a directory, to an HTTP endpoint (a fake one on a local port) and to an
 * anchor that is a bean (as a blockchain adapter would be). Rounds are run by the test (the schedule's first round
 * is an hour away), so that each step is seen.
 */
@Import({RecordingAnchor.class, TestAccounts.class})
class AnchorIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ARCHIVE = temporaryDirectory();
    private static final Notary NOTARY = new Notary();

    @Autowired
    CheckpointAnchoring anchoring;
    @Autowired
    LedgerApi ledger;
    @Autowired
    CatalogApi catalog;
    @Autowired
    TestAccounts accounts;
    @Autowired
    RecordingAnchor chain;

    @DynamicPropertySource
    static void anchors(DynamicPropertyRegistry settings) {
        settings.add("jingchu.ledger.anchor.interval", () -> "1h");
        settings.add("jingchu.ledger.anchor.every-entries", () -> "1");
        settings.add("jingchu.ledger.anchor.poll-interval", () -> "1h");
        settings.add("jingchu.ledger.anchor.retry-backoff", () -> "3s");
        settings.add("jingchu.ledger.anchor.directories[0].name", () -> "archive");
        settings.add("jingchu.ledger.anchor.directories[0].path", ARCHIVE::toString);
        settings.add("jingchu.ledger.anchor.http[0].name", () -> "notary");
        settings.add("jingchu.ledger.anchor.http[0].url", NOTARY::url);
        settings.add("jingchu.ledger.anchor.http[0].timeout", () -> "5s");
    }

    @AfterAll
    static void stopNotary() {
        NOTARY.server.stop(0);
    }

    @Test
    void theDirectoryAnchorWritesCheckpointsThatVerifyWithThePublicKey() throws Exception {
        SignedCheckpoint signed = newCheckpoint();
        anchoring.round();

        AnchorReceipt receipt = receipt("archive", signed.treeSize());
        assertThat(receipt.state()).isEqualTo("ANCHORED");
        assertThat(receipt.kind()).isEqualTo("directory");
        Map<?, ?> written = JSON.readValue(receipt.receipt(), Map.class);
        Path file = Path.of((String) written.get("path"));
        assertThat(file).isEqualTo(ARCHIVE.resolve(DirectoryAnchor.fileSafe(ledger.info().origin()))
                .resolve(signed.treeSize() + ".checkpoint"));
        byte[] content = Files.readAllBytes(file);
        assertThat(written.get("sha256")).isEqualTo(DirectoryAnchor.sha256(content));
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.endsWith(".checkpoint"));
        }

        LedgerInfo info = ledger.info();
        Checkpoint verified = new CheckpointVerifier(info.origin(), info.keys().stream().map(VerifierKey::parse)
                .toList()).verify(new String(content, StandardCharsets.UTF_8));
        assertThat(verified.size()).isEqualTo(signed.treeSize());
        assertThat(verified.rootHash()).isEqualTo(receipt.rootHash());
        assertThat(receipt.checkpoint()).isEqualTo(new String(content, StandardCharsets.UTF_8));
    }

    @Test
    void theHttpAnchorIsRetriedAfterAFailureAndKeepsTheAnswerAsReceipt() {
        NOTARY.failures.set(1);
        SignedCheckpoint signed = newCheckpoint();
        anchoring.round();
        AnchorReceipt failed = receipt("notary", signed.treeSize());
        assertThat(failed.state()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("HTTP 503");
        assertThat(failed.receipt()).isNull();
        assertThat(receipt("archive", signed.treeSize()).state()).as("other anchors go on").isEqualTo("ANCHORED");

        anchoring.round();
        assertThat(receipt("notary", signed.treeSize()).attempts()).as("not before the backoff").isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            anchoring.round();
            return receipt("notary", signed.treeSize()).state().equals("ANCHORED");
        });
        AnchorReceipt anchored = receipt("notary", signed.treeSize());
        assertThat(anchored.attempts()).isEqualTo(2);
        assertThat(anchored.kind()).isEqualTo("http");
        assertThat(anchored.receipt()).isEqualTo("{\"notarized\":" + signed.treeSize() + "}");
        assertThat(NOTARY.received).filteredOn(post -> post.startsWith(signed.treeSize() + " "))
                .containsExactly(signed.treeSize() + " " + signed.note(), signed.treeSize() + " " + signed.note());
    }

    @Test
    void aCheckpointIsAnchoredOnceWhateverRunsAtTheSameTime() throws Exception {
        SignedCheckpoint signed = newCheckpoint();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> rounds = IntStream.range(0, 8).mapToObj(i -> (Callable<Object>) () -> {
                anchoring.round();
                return null;
            }).toList();
            for (var done : pool.invokeAll(rounds)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        anchoring.round();

        assertThat(chain.anchored()).filteredOn(size -> size == signed.treeSize()).hasSize(1);
        assertThat(chain.anchored()).doesNotHaveDuplicates();
        assertThat(NOTARY.received).filteredOn(post -> post.startsWith(signed.treeSize() + " ")).hasSize(1);
        List<AnchorReceipt> receipts = ledger.anchorReceipts(signed.treeSize());
        assertThat(receipts).extracting(AnchorReceipt::anchor).containsExactly("archive", "chain", "notary");
        assertThat(receipts).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("ANCHORED");
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(receipts.get(1).receipt()).isEqualTo(RecordingAnchor.receipt(signed.treeSize()));
    }

    @Test
    void receiptsArePublicAndPaged() throws Exception {
        SignedCheckpoint signed = newCheckpoint();
        anchoring.round();
        var page = mvc.get().uri("/api/v1/ledger/anchors?limit=3").exchange();
        assertThat(page).hasStatusOk();
        JsonNode receipts = JSON.readTree(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(receipts.size()).isEqualTo(3);
        assertThat(receipts.get(0).get("treeSize").asLong()).isEqualTo(signed.treeSize());
        assertThat(receipts.get(0).has("checkpoint")).isFalse();

        var bySize = mvc.get().uri("/api/v1/ledger/anchors/" + signed.treeSize()).exchange();
        assertThat(bySize).hasStatusOk().bodyJson().extractingPath("$[0].checkpoint").isEqualTo(signed.note());
        assertThat(bySize).bodyJson().extractingPath("$[1].receipt")
                .isEqualTo(RecordingAnchor.receipt(signed.treeSize()));

        assertProblem("/api/v1/ledger/anchors?limit=0", 400, "FIELD_INVALID", "limit");
        assertProblem("/api/v1/ledger/anchors?offset=-1", 400, "FIELD_INVALID", "offset");
        assertProblem("/api/v1/ledger/anchors/999999999", 400, "LEDGER_TREE_SIZE_INVALID", "treeSize");
        assertProblem("/api/v1/ledger/anchors/0", 400, "LEDGER_TREE_SIZE_INVALID", "treeSize");
    }

    @Test
    void badAnchorSettingsStopTheHubAtStartNamingTheSetting() throws Exception {
        Map<String, Object> settings = new java.util.HashMap<>(TestDatabase.connection());
        settings.put("server.port", "0");
        settings.put("jingchu.data-dir", temporaryDirectory().toString());
        settings.put("jingchu.ledger.anchor.http[0].name", "notary");
        settings.put("jingchu.ledger.anchor.http[0].url", "ftp://notary.example/checkpoints");
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        assertThatThrownBy(() -> new SpringApplicationBuilder(HubApplication.class).run(arguments).close())
                .rootCause().hasMessageContaining("jingchu.ledger.anchor.http[0].url must be an absolute http or "
                        + "https URL");
    }

    private void assertProblem(String uri, int status, String code, String field) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(status).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
    }

    private AnchorReceipt receipt(String anchor, long treeSize) {
        return ledger.anchorReceipts(treeSize).stream().filter(r -> r.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError("no receipt of " + anchor + " at " + treeSize));
    }

    /** Registers a resource and returns the checkpoint that covers it, once signed. */
    private SignedCheckpoint newCheckpoint() {
        Caller publisher = accounts.publisher();
        long size = ledger.info().treeSize();
        catalog.register(publisher, aDraft().code(accounts.uniqueName("anchor")).organization(publisher.organizationId())
                .build());
        return await().atMost(Duration.ofSeconds(20)).until(ledger::latestCheckpoint,
                c -> c.treeSize() > size && c.treeSize() == ledger.info().treeSize());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("jingchu-anchor-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A notary's HTTP endpoint: answers 503 while told to fail, then a receipt naming the tree size. */
    static final class Notary {
        final HttpServer server;
        final AtomicInteger failures = new AtomicInteger();
        final Queue<String> received = new ConcurrentLinkedQueue<>();

        Notary() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/checkpoints", exchange -> {
                String size = exchange.getRequestHeaders().getFirst("Jingchu-Tree-Size");
                String note = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(size + " " + note);
                boolean fail = failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                byte[] body = (fail ? "busy" : "{\"notarized\":" + size + "}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(fail ? 503 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/checkpoints";
        }
    }
}
