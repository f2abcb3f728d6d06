package io.jingchu.bench;

import io.jingchu.client.ledger.CanonicalJson;
import io.jingchu.client.ledger.NodeSource;
import io.jingchu.client.ledger.ProofBuilder;
import io.jingchu.client.ledger.Subtree;
import io.jingchu.client.ledger.TreeGrowth;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.HubApplication;
import io.jingchu.hub.ledger.LedgerApi;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ledger's proofs at a size the event path cannot reach on this machine in a benchmark's time (10 million
 * entries). A bench-only builder writes canonical entries and every completed subtree straight into the hub's
 * {@code ledger_entry} and {@code ledger_node} tables, computing them with the ledger's own tree arithmetic
 * ({@link TreeGrowth}, keeping only the right edge of the tree in memory), then sets the tree's state; the hub's
 * sequencer signs the checkpoint of that size as it would after a batch. Then inclusion and consistency proofs
 * through {@link LedgerApi}, p50 and p99, beside the limit measured in the same run: reading one entry by its
 * index (one primary-key lookup, which an inclusion proof also does besides its one query of stored subtrees).
 * Timed at 100,000 entries and at each tenfold size up to the last.
 *
 * <p>Run: {@code java -cp … io.jingchu.bench.LedgerProofBench 10000000 2000} (entries, proofs per size).
 */
public final class LedgerProofBench {

    private static final int CHUNK = 20_000;
    private static final String[] RESOURCES = java.util.stream.IntStream.range(0, 2000)
            .mapToObj(i -> "420500-" + String.format("%06d", i)).toArray(String[]::new);

    /**
     * A data-access entry as the ledger writes one, spelled out in canonical form (members in order), which is much
     * cheaper than building it member by member ten million times; checked against {@link CanonicalJson} at start.
     */
    static byte[] entry(String resource, long rows) {
        return ("{\"actor\":\"bench-reader\",\"at\":\"2026-12-02T08:00:00.000000Z\",\"payload\":{\"kind\":\"ROWS\","
                + "\"outcome\":\"OK\",\"rows\":" + rows + ",\"version\":1},\"resource\":\"" + resource
                + "\",\"type\":\"DATA_ACCESS\",\"v\":1}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int proofs = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String[] settings = {"--jingchu.data-dir=" + Files.createTempDirectory("bench-ledger-proofs"),
            "--jingchu.region.provinces=none", "--server.port=0", "--logging.level.root=WARN",
            "--jingchu.ledger.sequence-interval=200ms"};
        byte[] canonical = CanonicalJson.bytes(Map.of("v", 1, "type", "DATA_ACCESS",
                "at", "2026-12-02T08:00:00.000000Z", "actor", "bench-reader", "resource", RESOURCES[7],
                "payload", Map.of("kind", "ROWS", "version", 1, "rows", 7, "outcome", "OK")));
        if (!Arrays.equals(canonical, entry(RESOURCES[7], 7))) {
            throw new IllegalStateException("the bench's entries are not in canonical form");
        }
        try (ConfigurableApplicationContext hub = SpringApplication.run(HubApplication.class, settings)) {
            LedgerApi ledger = hub.getBean(LedgerApi.class);
            TreeHash hash = TreeHash.named(ledger.info().hash());
            if (ledger.info().treeSize() != 0) {
                throw new IllegalStateException("the bench builds a new log");
            }
            System.out.printf("Ledger proofs (%s), %,d proofs of each kind per size, %d cores%n", hash.name(), proofs,
                    Runtime.getRuntime().availableProcessors());
            System.out.println("| entries | built in s | entry by index p50 / p99 ms (the limit) | inclusion p50 / p99 ms "
                    + "| consistency p50 / p99 ms | inclusion p99 / limit p99 | consistency p99 / limit p99 |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            long t0 = System.nanoTime();
            try (TreeWriter tree = new TreeWriter(hub.getBean(DataSource.class), hash)) {
                for (long size = Math.min(100_000, count); ; size = Math.min(count, size * 10)) {
                    byte[] root = tree.extendTo(size);
                    double built = (System.nanoTime() - t0) / 1e9;
                    long signed = size;
                    while (ledger.latestCheckpoint().treeSize() != signed) {
                        Thread.sleep(50);
                    }
                    if (!Arrays.equals(ledger.latestCheckpoint().rootHash(), root)) {
                        throw new IllegalStateException("the hub signed another root than the one built");
                    }
                    time(ledger, size, proofs, built);
                    if (size == count) {
                        return;
                    }
                }
            }
        }
    }

    private static void time(LedgerApi ledger, long size, int proofs, double built) {
        SplittableRandom random = new SplittableRandom(11);
        Latencies entry = new Latencies();
        Latencies inclusion = new Latencies();
        Latencies consistency = new Latencies();
        for (int i = 0; i < proofs + 200; i++) {
            boolean measured = i >= 200;
            long started = System.nanoTime();
            ledger.entry(random.nextLong(size));
            record(entry, started, measured);
            started = System.nanoTime();
            ledger.inclusion(random.nextLong(size), size);
            record(inclusion, started, measured);
            long first = 1 + random.nextLong(size - 1);
            started = System.nanoTime();
            ledger.consistency(first, size);
            record(consistency, started, measured);
        }
        System.out.printf("| %,d | %.0f | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f | %.2f | %.2f |%n", size, built,
                entry.percentileMillis(50), entry.percentileMillis(99), inclusion.percentileMillis(50),
                inclusion.percentileMillis(99), consistency.percentileMillis(50), consistency.percentileMillis(99),
                inclusion.percentileMillis(99) / entry.percentileMillis(99),
                consistency.percentileMillis(99) / entry.percentileMillis(99));
        System.out.flush();
    }

    private static void record(Latencies latencies, long started, boolean measured) {
        if (measured) {
            latencies.add(System.nanoTime() - started);
        }
    }

    /**
     * Writes entries and their completed subtrees into the hub's tables, chunk by chunk, and sets the tree's state.
     * The secondary indexes of {@code ledger_entry} (by resource, content hash and leaf hash), which no proof reads,
     * are dropped while it writes, as a bulk load would.
     */
    private static final class TreeWriter implements AutoCloseable {
        private final Connection c;
        private final TreeHash hash;
        private final RightEdge edge = new RightEdge();
        private final PreparedStatement entries;
        private final PreparedStatement nodes;
        private final Timestamp at = Timestamp.from(Instant.parse("2026-12-02T08:00:00Z"));
        private long size;

        TreeWriter(DataSource ds, TreeHash hash) throws Exception {
            this.c = ds.getConnection();
            this.hash = hash;
            try (Statement s = c.createStatement()) {
                for (String index : List.of("ledger_entry_by_resource", "ledger_entry_by_subject",
                        "ledger_entry_by_leaf")) {
                    s.execute("DROP INDEX " + index);
                }
            }
            c.setAutoCommit(false);
            entries = c.prepareStatement("INSERT INTO ledger_entry (entry_index, entry_type, resource_code, "
                    + "recorded_at, content, leaf_hash) VALUES (?, 'DATA_ACCESS', ?, ?, ?, ?)");
            nodes = c.prepareStatement("INSERT INTO ledger_node (node_key, hash) VALUES (?, ?)");
        }

        /** Appends entries up to this size; returns the root. */
        byte[] extendTo(long target) throws Exception {
            while (size < target) {
                int n = (int) Math.min(CHUNK, target - size);
                List<byte[]> leaves = new ArrayList<>(n);
                for (long index = size; index < size + n; index++) {
                    String resource = RESOURCES[(int) (index % RESOURCES.length)];
                    byte[] content = entry(resource, index % 50);
                    byte[] leaf = hash.leaf(content);
                    leaves.add(leaf);
                    entries.setLong(1, index);
                    entries.setString(2, resource);
                    entries.setTimestamp(3, at);
                    entries.setBytes(4, content);
                    entries.setBytes(5, leaf);
                    entries.addBatch();
                }
                entries.executeBatch();
                Map<Subtree, byte[]> added = TreeGrowth.append(hash, size, leaves, edge);
                for (Map.Entry<Subtree, byte[]> node : added.entrySet()) {
                    nodes.setLong(1, node.getKey().key());
                    nodes.setBytes(2, node.getValue());
                    nodes.addBatch();
                }
                nodes.executeBatch();
                c.commit();
                edge.keep(added);
                size += n;
                if (size % 1_000_000 == 0) {
                    System.err.printf("%,d entries written%n", size);
                }
            }
            byte[] root = new ProofBuilder(hash, edge).root(size);
            try (PreparedStatement state = c.prepareStatement(
                    "UPDATE ledger_state SET tree_size = ?, root_hash = ? WHERE id = 1")) {
                state.setLong(1, size);
                state.setBytes(2, root);
                state.executeUpdate();
            }
            c.commit();
            return root;
        }

        @Override
        public void close() throws Exception {
            entries.close();
            nodes.close();
            c.close();
        }
    }

    /**
     * The last complete subtree of each level: all a batch appended at the end can need of the older tree, and
     * all the root is made of.
     */
    private static final class RightEdge implements NodeSource {
        private final Map<Integer, Map.Entry<Subtree, byte[]>> last = new HashMap<>();

        void keep(Map<Subtree, byte[]> added) {
            added.forEach((node, value) -> last.merge(node.level(), Map.entry(node, value),
                    (old, next) -> next.getKey().index() > old.getKey().index() ? next : old));
        }

        @Override
        public Map<Subtree, byte[]> read(Collection<Subtree> subtrees) {
            Map<Subtree, byte[]> found = new HashMap<>();
            for (Subtree subtree : subtrees) {
                Map.Entry<Subtree, byte[]> edge = last.get(subtree.level());
                if (edge == null || !edge.getKey().equals(subtree)) {
                    throw new IllegalStateException("not on the tree's right edge: " + subtree);
                }
                found.put(subtree, edge.getValue());
            }
            return found;
        }
    }
}
