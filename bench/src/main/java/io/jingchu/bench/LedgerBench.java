package io.jingchu.bench;

import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.access.DataAccessRecorded;
import io.jingchu.hub.ledger.LedgerApi;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit ledger's cost and its proofs. Appends: data-access facts published in transactions of 100, each
 * written as a ledger entry by the ledger's own listener, then sequenced into the tree (leaf hashes, stored
 * subtrees, a signed checkpoint per batch), timed until the tree holds them all; beside the limit of the same
 * database in the same run, the same number of rows of the same size inserted in transactions of 100 with
 * nothing else. With SM3 and with SHA-256, on the embedded default (H2 file) and on PostgreSQL (an embedded
 * server started here, as in production). Then inclusion and consistency proofs at the final size, p50 and p99.
 *
 * <p>Run: {@code mvn -q -pl bench exec:java -Dexec.mainClass=io.jingchu.bench.LedgerBench
 * -Dexec.args="200000 2000 sm3,sha256 h2,postgresql"} (entries, proofs, tree hashes, databases).
 */
public final class LedgerBench {

    private static final int PER_TRANSACTION = 100;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int proofs = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        System.out.printf("Ledger: %,d entries per hash, %,d proofs of each kind, %d cores%n", count, proofs,
                Runtime.getRuntime().availableProcessors());
        System.out.println();
        System.out.println("| database | tree hash | appends/s (written) | appends/s (sequenced, signed) "
                + "| plain INSERT rows/s | sequenced / limit | inclusion p50 / p99 ms | consistency p50 / p99 ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        List<String> hashes = args.length > 2 ? List.of(args[2].split(",")) : List.of("sm3", "sha256");
        for (String database : args.length > 3 ? List.of(args[3].split(",")) : List.of("h2", "postgresql")) {
            for (String hash : hashes) {
                run(database, hash, count, proofs);
            }
        }
    }

    private static void run(String database, String hash, int count, int proofs) throws Exception {
        List<String> settings = List.of("--jingchu.data-dir=" + Files.createTempDirectory("bench-ledger-" + hash),
                "--jingchu.ledger.hash=" + hash, "--jingchu.ledger.batch-size=5000",
                "--jingchu.ledger.sequence-interval=50ms", "--jingchu.region.provinces=none", "--server.port=0",
                "--logging.level.root=WARN");
        BenchHub.run(database, settings, hub -> {
            LedgerApi ledger = hub.getBean(LedgerApi.class);
            ApplicationEventPublisher events = hub;
            TransactionTemplate tx = new TransactionTemplate(hub.getBean(PlatformTransactionManager.class));
            // warm the writers' and the sequencer's code paths, then start from a tree that holds every entry
            long warmUp = Math.min(count, 50_000);
            long start = ledger.info().treeSize();
            append(events, tx, ledger, (int) warmUp);
            while (ledger.info().treeSize() < start + warmUp) {
                Thread.sleep(5);
            }
            long before = start + warmUp;
            long t0 = System.nanoTime();
            append(events, tx, ledger, count);
            double appendRate = count / ((System.nanoTime() - t0) / 1e9);
            while (ledger.info().treeSize() < before + count) {
                Thread.sleep(5);
            }
            double ledgerRate = count / ((System.nanoTime() - t0) / 1e9);
            double plainRate = plainInserts(hub.getBean(DataSource.class), count);

            ProofTimes proofTimes = ProofTimes.measure(ledger, proofs);
            System.out.printf("| %s | %s | %,.0f | %,.0f | %,.0f | %.2f | %.2f / %.2f | %.2f / %.2f |%n", database,
                    hash, appendRate,
                    ledgerRate,
                    plainRate, ledgerRate / plainRate, proofTimes.inclusion().percentileMillis(50),
                    proofTimes.inclusion().percentileMillis(99), proofTimes.consistency().percentileMillis(50),
                    proofTimes.consistency().percentileMillis(99));
        });
    }

    /** Publishes data-access facts as a reading request would, {@value #PER_TRANSACTION} per transaction. */
    private static void append(ApplicationEventPublisher events, TransactionTemplate tx, LedgerApi ledger, int count) {
        for (int done = 0; done < count; done += PER_TRANSACTION) {
            int start = done;
            tx.executeWithoutResult(status -> {
                for (int i = start; i < Math.min(count, start + PER_TRANSACTION); i++) {
                    events.publishEvent(new DataAccessRecorded(new DataAccess("bench-reader", 7, "203.0.113.9",
                            "420500-" + String.format("%06d", i % 2000), 1, AccessKind.ROWS, 50, "OK"),
                            Instant.now()));
                }
            });
        }
    }

    /** The limit: rows of the same size in the same transactions, no hashing, tree or signature. */
    private static double plainInserts(DataSource ds, int count) throws Exception {
        byte[] content = new byte[230];
        try (Connection c = ds.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_plain_entry (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                        + "PRIMARY KEY, entry_type VARCHAR(64), resource_code VARCHAR(64), "
                        + "recorded_at TIMESTAMP WITH TIME ZONE, content BYTEA)");
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_plain_entry "
                    + "(entry_type, resource_code, recorded_at, content) VALUES (?, ?, CURRENT_TIMESTAMP, ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setString(1, "DATA_ACCESS");
                    insert.setString(2, "420500-" + String.format("%06d", i % 2000));
                    insert.setBytes(3, content);
                    insert.executeUpdate();
                    if ((i + 1) % PER_TRANSACTION == 0) {
                        c.commit();
                    }
                }
            }
            c.commit();
            return count / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
