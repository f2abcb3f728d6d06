package io.jingchu.hub.ledger;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.client.ledger.Checkpoint;
import io.jingchu.client.ledger.LedgerVerifier;
import io.jingchu.client.ledger.LogReader;
import io.jingchu.client.ledger.MemoryTree;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.client.ledger.VerifierKey;
import io.jingchu.hub.HubApplication;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.TestAccounts;
import io.jingchu.hub.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two hub instances on one database (an H2 file, as the embedded default keeps it, or a PostgreSQL database),
 * each with its own data directory and the same key file, both sequencing and anchoring: audited changes made
 * through both at once end up in one tree, each exactly once, with indexes 0..n-1, under checkpoints signed by
 * the same key that are each consistent with the one before, and a third party verifies the whole log from its
 * first entry. Neither instance anchors a checkpoint the other has anchored.
 */
class SeveralHubsOneLogIT {

    private static final int CHANGES_PER_THREAD = 12;

    private final List<ConfigurableApplicationContext> hubs = new ArrayList<>();

    @AfterEach
    void stop() {
        hubs.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void changesThroughTwoHubsMakeOneLogWithoutGapsOrRepeats() throws Exception {
        Path shared = Files.createTempDirectory("jingchu-two-hubs-");
        Map<String, Object> database = TestDatabase.isPostgres() ? TestDatabase.connection() : Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + shared.resolve("db/hub")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
        ConfigurableApplicationContext first = start(database, shared, "first");
        ConfigurableApplicationContext second = start(database, shared, "second");

        Caller publisher = first.getBean(TestAccounts.class).publisher();
        List<String> codes = changeThroughBoth(publisher, first.getBean(CatalogApi.class),
                second.getBean(CatalogApi.class));

        LedgerApi one = first.getBean(LedgerApi.class);
        LedgerApi other = second.getBean(LedgerApi.class);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        SignedCheckpoint latest = await().atMost(Duration.ofSeconds(60)).until(one::latestCheckpoint, c ->
                c.treeSize() == one.info().treeSize() && pending(jdbc) == 0 && c.treeSize() >= codes.size());

        Map<String, Object> indexes = jdbc.sql("""
                SELECT MIN(entry_index) AS low, MAX(entry_index) AS high, COUNT(*) AS n,
                       COUNT(DISTINCT entry_index) AS distinct_n FROM ledger_entry""").query().singleRow();
        long n = latest.treeSize();
        assertThat(indexes).containsEntry("low", 0L).containsEntry("high", n - 1).containsEntry("n", n)
                .containsEntry("distinct_n", n);
        Map<String, Long> registered = jdbc.sql("""
                SELECT resource_code, COUNT(*) AS n FROM ledger_entry WHERE entry_type = 'RESOURCE_REGISTERED'
                GROUP BY resource_code""").query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(registered).hasSize(codes.size()).allSatisfy((code, count) -> assertThat(count).isEqualTo(1));
        assertThat(registered.keySet()).containsExactlyInAnyOrderElementsOf(codes);

        LedgerInfo info = one.info();
        assertThat(other.info().keys()).isEqualTo(info.keys());
        assertThat(other.info().origin()).isEqualTo(info.origin());
        assertThat(other.latestCheckpoint().note()).isEqualTo(latest.note());
        List<VerifierKey> keys = info.keys().stream().map(VerifierKey::parse).toList();
        LedgerVerifier verifier = new LedgerVerifier(info.origin(), keys, TreeHash.sm3(), new ApiLog(other));

        List<String> notes = jdbc.sql("SELECT note FROM ledger_checkpoint ORDER BY tree_size").query(String.class)
                .list();
        assertThat(notes.size()).isGreaterThan(2);
        for (int i = 1; i < notes.size(); i++) {
            verifier.consistent(notes.get(i - 1), notes.get(i));
        }
        Checkpoint signed = verifier.checkpoint(latest.note());
        MemoryTree rebuilt = new MemoryTree(TreeHash.sm3());
        for (long index = 0; index < n; index++) {
            String entry = verifier.entry(index, signed).entry();
            assertThat(entry).isEqualTo(one.entry(index).entry());
            rebuilt.append(entry.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(rebuilt.root()).isEqualTo(signed.rootHash());

        await().atMost(Duration.ofSeconds(30)).until(() -> one.anchorReceipts(0, 1000).stream()
                .anyMatch(r -> r.treeSize() == n && r.state().equals("ANCHORED")));
        List<Long> anchored = new ArrayList<>(first.getBean(RecordingAnchor.class).anchored());
        anchored.addAll(second.getBean(RecordingAnchor.class).anchored());
        assertThat(anchored).isNotEmpty().doesNotHaveDuplicates();
        assertThat(one.anchorReceipts(0, 1000)).filteredOn(r -> r.anchor().equals("chain"))
                .extracting(AnchorReceipt::treeSize).doesNotHaveDuplicates()
                .containsAll(anchored);
    }

    /** Registers resources from two threads per hub at once; returns their codes. */
    private static List<String> changeThroughBoth(Caller publisher, CatalogApi... hubs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * hubs.length);
        Set<String> codes = ConcurrentHashMap.newKeySet();
        try {
            List<Callable<Object>> streams = new ArrayList<>();
            for (int h = 0; h < hubs.length; h++) {
                CatalogApi catalog = hubs[h];
                for (int t = 0; t < 2; t++) {
                    String prefix = "two-hubs-" + h + "-" + t + "-";
                    streams.add(() -> {
                        for (int i = 0; i < CHANGES_PER_THREAD; i++) {
                            String code = prefix + i;
                            catalog.register(publisher, aDraft().code(code).organization(publisher.organizationId())
                                    .build());
                            codes.add(code);
                        }
                        return null;
                    });
                }
            }
            for (Future<Object> stream : pool.invokeAll(streams)) {
                stream.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(codes).hasSize(2 * hubs.length * CHANGES_PER_THREAD);
        return List.copyOf(codes);
    }

    private static long pending(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_pending").query(Long.class).single();
    }

    private ConfigurableApplicationContext start(Map<String, Object> database, Path shared, String name)
            throws Exception {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("server.port", "0");
        settings.put("jingchu.data-dir", Files.createDirectories(shared.resolve(name)).toString());
        settings.put("jingchu.ledger.sm2-key-file", shared.resolve("sm2.key").toString());
        settings.put("jingchu.ledger.sequence-interval", "30ms");
        settings.put("jingchu.ledger.batch-size", "5");
        settings.put("jingchu.ledger.anchor.every-entries", "5");
        settings.put("jingchu.ledger.anchor.interval", "1s");
        settings.put("jingchu.ledger.anchor.poll-interval", "50ms");
        settings.put("jingchu.ledger.anchor.directories[0].name", "archive");
        settings.put("jingchu.ledger.anchor.directories[0].path", shared.resolve("anchors").toString());
        settings.put("logging.level.root", "WARN");
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext hub = new SpringApplicationBuilder(HubApplication.class, TestAccounts.class,
                RecordingAnchor.class).run(arguments);
        hubs.add(hub);
        return hub;
    }

    /** The log as a third party reads it, here through a hub's API. */
    private record ApiLog(LedgerApi ledger) implements LogReader {
        @Override
        public String checkpoint() {
            return ledger.latestCheckpoint().note();
        }

        @Override
        public Inclusion inclusion(long index, long treeSize) {
            InclusionProof proof = ledger.inclusion(index, treeSize);
            return new Inclusion(proof.treeSize(), proof.hashes(), new Entry(proof.index(), proof.entry().entry()));
        }

        @Override
        public List<byte[]> consistency(long first, long second) {
            return ledger.consistency(first, second).hashes();
        }

        @Override
        public List<Entry> entriesOf(String resourceCode) {
            return ledger.entriesOf(resourceCode, 0, 1000).stream().map(e -> new Entry(e.index(), e.entry())).toList();
        }
    }
}
