package io.jingchu.hub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.client.JingchuClient;
import io.jingchu.client.ledger.Checkpoint;
import io.jingchu.client.ledger.LedgerVerifier;
import io.jingchu.client.ledger.LogReader;
import io.jingchu.client.ledger.MemoryTree;
import io.jingchu.client.ledger.Tile;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.client.ledger.VerifierKey;
import io.jingchu.hub.testing.HubProcess;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the hub during a stream of audited changes, then a restart: every change that committed has
 * exactly one ledger entry and no other has any, the whole log rebuilt from its first entry has the signed
 * root, and the checkpoint after the restart is consistent with the last one published before the crash. The
 * hub runs as a separate process on the database of this test pass, as in production.
 */
class LedgerCrashIT {

    private static final String ADMIN = "ledger-crash-admin";
    private static final String PASSWORD = "Ledger-crash-2026";

    private HubProcess hub;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void everyCommittedChangeHasExactlyOneEntryAfterAKill() throws Exception {
        hub = new HubProcess(Files.createTempDirectory("jingchu-ledger-crash-"), ADMIN, PASSWORD);
        start();
        long organization = hub.createOrganization("ledger-crash-org");
        LedgerVerifier verifier = verifier();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger attempted = new AtomicInteger();
        Thread changes = new Thread(() -> {
            while (!stop.get()) {
                int n = attempted.getAndIncrement();
                try {
                    hub.register("crash-" + n, organization);
                } catch (Exception e) {
                    return;
                }
            }
        });
        changes.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> attempted.get() > 40);
        String lastPublished = client().ledgerCheckpoint();
        // H2 (the embedded default) makes a commit durable up to a second after acknowledging it
        Thread.sleep(1500 + (long) (Math.random() * 1000));
        hub.kill();
        stop.set(true);
        changes.join();

        start();
        Checkpoint after = await().atMost(Duration.ofSeconds(30)).until(verifier::latestCheckpoint,
                checkpoint -> checkpoint.size() > 0);
        String latest = client().ledgerCheckpoint();
        Checkpoint consistent = verifier.consistent(lastPublished, latest);
        assertThat(consistent.size()).isGreaterThanOrEqualTo(verifier.checkpoint(lastPublished).size());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            int committed = 0;
            for (int n = 0; n < attempted.get(); n++) {
                String code = "crash-" + n;
                boolean exists = hub.status("/api/v1/resources/" + code) == 200;
                String entries = hub.call("GET", "/api/v1/ledger/entries?resource=" + code, null, 200);
                int count = entries.split("\"RESOURCE_REGISTERED\"", -1).length - 1;
                assertThat(count).as(code + (exists ? " committed" : " not committed")).isEqualTo(exists ? 1 : 0);
                committed += exists ? 1 : 0;
            }
            assertThat(committed).isGreaterThan(40);
        });

        Checkpoint signed = verifier.latestCheckpoint();
        assertThat(rebuiltRoot(signed.size())).isEqualTo(signed.rootHash());
    }

    /** The root of the tree rebuilt from every entry, read from the entry bundles. */
    private byte[] rebuiltRoot(long size) throws Exception {
        TreeHash sm3 = TreeHash.sm3();
        MemoryTree tree = new MemoryTree(sm3);
        for (long n = 0; n * Tile.FULL_WIDTH < size; n++) {
            int width = (int) Math.min(Tile.FULL_WIDTH, size - n * Tile.FULL_WIDTH);
            ByteBuffer bundle = ByteBuffer.wrap(hub.bytes("/api/v1/ledger/" + new Tile(Tile.ENTRIES, n, width).path()));
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                byte[] entry = new byte[bundle.getShort() & 0xffff];
                bundle.get(entry);
                leaves.add(sm3.leaf(entry));
            }
            tree.appendLeafHashes(leaves);
        }
        return tree.proofs().root(size);
    }

    private LedgerVerifier verifier() {
        JingchuClient client = client();
        List<VerifierKey> keys = client.ledgerKeys().stream().map(VerifierKey::parse).toList();
        return new LedgerVerifier(client.ledgerOrigin(), keys, TreeHash.sm3(), new LazyLog());
    }

    /** Reads the log through whichever hub process is running now. */
    private final class LazyLog implements LogReader {
        @Override
        public String checkpoint() {
            return client().ledgerCheckpoint();
        }

        @Override
        public Inclusion inclusion(long index, long treeSize) {
            return client().ledger().inclusion(index, treeSize);
        }

        @Override
        public List<byte[]> consistency(long first, long second) {
            return client().ledger().consistency(first, second);
        }

        @Override
        public List<Entry> entriesOf(String resourceCode) {
            return client().ledger().entriesOf(resourceCode);
        }
    }

    private JingchuClient client() {
        return JingchuClient.builder(hub.url()).build();
    }

    private void start() throws Exception {
        hub.start("--jingchu.ledger.sequence-interval=20ms", "--jingchu.access.rate-limiting=false");
    }
}
