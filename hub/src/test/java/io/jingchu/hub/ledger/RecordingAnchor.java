package io.jingchu.hub.ledger;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A blockchain adapter's stand-in, to be registered as a bean (by {@code @Import} or as a source): answers a
 * transaction id naming the tree size, and remembers each tree size it was handed. Not annotated, so that no other
 * test's hub finds it by scanning.
 */
public final class RecordingAnchor implements CheckpointAnchor {

    private final Queue<Long> anchored = new ConcurrentLinkedQueue<>();

    /** The receipt it answers for this tree size. */
    public static String receipt(long treeSize) {
        return "{\"chain\":\"test\",\"tx\":\"0x" + treeSize + "\"}";
    }

    /** The tree sizes it was handed, in order. */
    public List<Long> anchored() {
        return List.copyOf(anchored);
    }

    @Override
    public String name() {
        return "chain";
    }

    @Override
    public String kind() {
        return "test-chain";
    }

    @Override
    public String anchor(String origin, SignedCheckpoint checkpoint) {
        anchored.add(checkpoint.treeSize());
        return receipt(checkpoint.treeSize());
    }
}
