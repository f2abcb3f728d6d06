package io.jingchu.bench;

import io.jingchu.hub.ledger.LedgerApi;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Proofs from a large tree. Building ten million entries through the events of real changes would take hours, so
 * the entries are written straight into the ledger's waiting list with one SQL statement each run of
 * {@value #CHUNK}, and the hub's own sequencer builds the tree from them as it would from any appends (leaf hashes,
 * stored levels, a signed checkpoint per batch). Then inclusion and consistency proofs at the full size through
 * {@code LedgerApi}, p50 and p99.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.LedgerProofBench
 * -Dexec.args="10000000 5000 postgresql"} (entries, proofs, h2 or postgresql).
 */
public final class LedgerProofBench {

    private static final int CHUNK = 100_000;

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int proofs = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        String database = args.length > 2 ? args[2] : "postgresql";
        List<String> settings = List.of("--jingchu.data-dir=" + Files.createTempDirectory("bench-proofs"),
                "--jingchu.ledger.batch-size=50000", "--jingchu.ledger.sequence-interval=100ms",
                "--jingchu.region.provinces=none", "--server.port=0", "--logging.level.root=WARN");
        BenchHub.run(database, settings, hub -> run(hub, database, count, proofs));
    }

    private static void run(ConfigurableApplicationContext hub, String database, long count, int proofs)
            throws Exception {
        LedgerApi ledger = hub.getBean(LedgerApi.class);
        long t0 = System.nanoTime();
        // a DATA_ACCESS entry of the usual shape, numbered so that every entry differs
        String json = "'{\"actor\":\"bench-reader\",\"at\":\"2026-12-02T00:00:00Z\",\"payload\":{\"kind\":\"ROWS\","
                + "\"outcome\":\"OK\",\"rows\":' || g || ',\"version\":1},\"resource\":\"420500-bench\","
                + "\"type\":\"DATA_ACCESS\",\"v\":1}'";
        String content = database.equals("postgresql") ? "convert_to(" + json + ", 'UTF8')"
                : "STRINGTOUTF8(" + json + ")";
        String series = database.equals("postgresql") ? "generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) g"
                : "SYSTEM_RANGE(?, ?) AS r(g)";
        try (Connection c = hub.getBean(DataSource.class).getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_pending (entry_type, "
                        + "resource_code, recorded_at, content) SELECT 'DATA_ACCESS', '420500-bench', "
                        + "CURRENT_TIMESTAMP, " + content + " FROM " + series)) {
            for (long from = 0; from < count; from += CHUNK) {
                insert.setLong(1, from);
                insert.setLong(2, Math.min(count, from + CHUNK) - 1);
                insert.executeUpdate();
            }
        }
        double written = (System.nanoTime() - t0) / 1e9;
        while (ledger.latestCheckpoint().treeSize() < count) {
            Thread.sleep(500);
        }
        double sequenced = (System.nanoTime() - t0) / 1e9;
        if (database.equals("postgresql")) {
            // What autovacuum would do in the background after ten million inserts, done now and untimed, as a
            // log that grew over months would have had it done long ago.
            try (Connection c = hub.getBean(DataSource.class).getConnection();
                    java.sql.Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
                s.execute("CHECKPOINT");
            }
        }
        System.gc();
        DataBench.settle();
        ProofTimes times = ProofTimes.measure(ledger, proofs);
        System.out.printf("| %s | %,d | %.0f s | %.0f s | %.2f / %.2f | %.2f / %.2f |%n", database, count, written,
                sequenced, times.inclusion().percentileMillis(50), times.inclusion().percentileMillis(99),
                times.consistency().percentileMillis(50), times.consistency().percentileMillis(99));
    }
}
