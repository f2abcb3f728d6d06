package io.jingchu.bench;

import io.jingchu.hub.ledger.LedgerApi;
import java.util.SplittableRandom;

/** Inclusion and consistency proofs against the latest signed tree, for random indexes and first sizes. */
record ProofTimes(Latencies inclusion, Latencies consistency) {

    private static final int WARMUP = 200;

    static ProofTimes measure(LedgerApi ledger, int proofs) {
        long size = ledger.latestCheckpoint().treeSize();
        SplittableRandom random = new SplittableRandom(7);
        Latencies inclusion = new Latencies();
        Latencies consistency = new Latencies();
        for (int i = 0; i < proofs + WARMUP; i++) {
            long index = random.nextLong(size);
            long started = System.nanoTime();
            ledger.inclusion(index, size);
            if (i >= WARMUP) {
                inclusion.add(System.nanoTime() - started);
            }
            long first = 1 + random.nextLong(size - 1);
            started = System.nanoTime();
            ledger.consistency(first, size);
            if (i >= WARMUP) {
                consistency.add(System.nanoTime() - started);
            }
        }
        return new ProofTimes(inclusion, consistency);
    }
}
