package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.Checkpoint;
import io.jingchu.client.ledger.ProofBuilder;
import io.jingchu.client.ledger.SignedNote;
import io.jingchu.client.ledger.SignerKey;
import io.jingchu.client.ledger.Subtree;
import io.jingchu.client.ledger.TreeGrowth;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.ledger.SignedCheckpoint;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Adds waiting entries to the tree and signs a checkpoint of it. Each batch is one transaction that first locks
 * the tree's state row, so hub instances take turns and indexes follow each other without gaps in the order
 * the entries became visible; a crash rolls a batch back whole. Entries of transactions that roll back never
 * become visible and so never get an index.
 */
class LedgerSequencer {

    private final EntryStore entries;
    private final NodeStore nodes;
    private final TreeStateStore state;
    private final TreeHash hash;
    private final String origin;
    private final List<SignerKey> keys;
    private final int batchSize;
    private final TransactionOperations tx;
    private final Clock clock;

    LedgerSequencer(EntryStore entries, NodeStore nodes, TreeStateStore state, LogIdentity log, int batchSize,
            TransactionOperations tx, Clock clock) {
        this.entries = entries;
        this.nodes = nodes;
        this.state = state;
        this.hash = log.hash();
        this.origin = log.origin();
        this.keys = log.keys();
        this.batchSize = batchSize;
        this.tx = tx;
        this.clock = clock;
    }

    /** Sequences every entry waiting now, batch by batch; returns how many. */
    long sequenceWaiting() {
        long total = 0;
        while (true) {
            Integer done = tx.execute(status -> sequenceBatch());
            total += done == null ? 0 : done;
            if (done == null || done < batchSize) {
                return total;
            }
        }
    }

    /**
     * Brings the memory of the tree's stored hashes up to the committed tree; run after a round, outside its
     * transaction, so that only committed hashes are kept.
     */
    void catchUpCache() {
        nodes.catchUp(state.read().size());
    }

    /** One batch; also signs the tree when it grew or has never been signed at its size. */
    private int sequenceBatch() {
        TreeStateStore.TreeState tree = state.lock();
        List<EntryStore.Waiting> waiting = entries.waiting(batchSize);
        long size = tree.size();
        if (waiting.isEmpty()) {
            boolean signed = state.latestCheckpoint().map(c -> c.treeSize() == size).orElse(false);
            if (!signed) {
                sign(size, new ProofBuilder(hash, nodes).root(size));
            }
            return 0;
        }
        List<byte[]> leafHashes = waiting.stream().map(EntryStore.Waiting::leafHash).toList();
        Map<Subtree, byte[]> added = TreeGrowth.append(hash, size, leafHashes, nodes);
        entries.assign(size, waiting);
        nodes.insert(added);
        long newSize = size + waiting.size();
        byte[] root = new ProofBuilder(hash, nodes).root(newSize);
        state.update(newSize, root);
        sign(newSize, root);
        return waiting.size();
    }

    private void sign(long size, byte[] root) {
        Checkpoint checkpoint = new Checkpoint(origin, size, root);
        SignedNote note = new SignedNote(checkpoint.text(), List.of());
        for (SignerKey key : keys) {
            note = note.with(key.sign(checkpoint.text()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        state.saveCheckpoint(new SignedCheckpoint(size, root, note.format(), now));
    }
}
