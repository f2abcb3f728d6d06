package io.jingchu.hub.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.ledger.CanonicalJson;
import io.jingchu.client.ledger.MemoryTree;
import io.jingchu.client.ledger.ProofBuilder;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.ledger.LedgerApi;
import io.jingchu.hub.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proofs answered from the memory of stored hashes are the proofs of the tree: after the cache has caught up with
 * a tree past the second stored level, every proof asked equals one from a tree built from the entries alone.
 */
class NodeCacheIT extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LedgerSequencer sequencer;
    @Autowired
    NodeStore nodes;
    @Autowired
    LedgerApi ledger;
    @Autowired
    LogIdentity log;

    @Test
    void proofsFromKeptHashesEqualThoseOfAnIndependentTree() {
        for (int i = 0; i < 600; i++) {
            byte[] content = CanonicalJson.bytes(Map.of("v", 1, "type", "DATA_ACCESS", "at", "2026-12-02T08:00:00Z",
                    "actor", "cache-test", "resource", "420500-cache", "payload", Map.of("rows", i)));
            jdbc.sql("""
                    INSERT INTO ledger_pending (entry_type, resource_code, recorded_at, content)
                    VALUES ('DATA_ACCESS', '420500-cache', CURRENT_TIMESTAMP, :content)""")
                    .param("content", content).update();
        }
        sequencer.sequenceWaiting();
        sequencer.catchUpCache();
        long size = ledger.latestCheckpoint().treeSize();
        assertThat(size).isGreaterThanOrEqualTo(600);
        assertThat(nodes.cachedHashes()).as("every complete subtree at levels 4 and 8")
                .isGreaterThanOrEqualTo(size / 16 + size / 256);

        TreeHash hash = log.hash();
        MemoryTree independent = new MemoryTree(hash);
        for (long i = 0; i < size; i++) {
            independent.append(ledger.entry(i).entry().getBytes(StandardCharsets.UTF_8));
        }
        ProofBuilder expected = independent.proofs();
        Random random = new Random(42);
        for (int n = 0; n < 400; n++) {
            long index = n < 20 ? size - 1 - n : random.nextLong(size);
            assertThat(ledger.inclusion(index, size).hashes()).as("inclusion of %d in %d", index, size)
                    .containsExactlyElementsOf(expected.inclusion(index, size));
            long first = 1 + random.nextLong(size - 1);
            assertThat(ledger.consistency(first, size).hashes()).as("consistency of %d with %d", first, size)
                    .containsExactlyElementsOf(expected.consistency(first, size));
        }
    }
}
