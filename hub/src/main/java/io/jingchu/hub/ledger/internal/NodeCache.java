package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.Subtree;
import java.util.Arrays;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The hashes of the tree's stored levels above the leaves ({@code ledger_node}), kept in memory from the left
 * edge of each level. A complete subtree's hash never changes once written, so nothing kept can go stale and no
 * instance needs telling when another one grows the tree; with these in memory a proof reads only its leaves
 * from the database. The schedule that runs the sequencer brings the cache up to the tree after each round, top
 * levels first (every proof passes through them), until the byte budget is spent; what is not kept is read from
 * the database as before. Ten million entries keep about 21 MB.
 */
final class NodeCache {

    /** Hashes per array: a level grows by whole arrays, so a lookup is two array reads. */
    private static final int RUN = 4096;
    /** At most this many hashes read per call, so that catching up after a start never holds a round long. */
    private static final int MAX_READ = 65_536;

    private final int hashSize;
    private final long maxHashes;
    private final Level[] levels = new Level[63];
    private long kept;

    /** A cache of at most {@code budgetBytes} of hashes of {@code hashSize} bytes; a budget of 0 keeps none. */
    NodeCache(int hashSize, long budgetBytes) {
        this.hashSize = hashSize;
        this.maxHashes = budgetBytes / hashSize;
        for (int level = NodeStore.STRIDE; level < levels.length; level += NodeStore.STRIDE) {
            levels[level] = new Level();
        }
    }

    /** The subtree's hash if kept. */
    byte @Nullable [] get(Subtree subtree) {
        Level level = levels[subtree.level()];
        if (level == null || subtree.index() >= level.count) {
            return null;
        }
        byte[] run = level.runs.get((int) (subtree.index() / RUN));
        int at = (int) (subtree.index() % RUN) * hashSize;
        return Arrays.copyOfRange(run, at, at + hashSize);
    }

    /**
     * Reads the stored hashes a tree of {@code treeSize} entries has and the cache lacks, top level first, as far
     * as the budget and one call's share go. The size must be one the database has committed.
     */
    synchronized void catchUp(long treeSize, Source store) {
        int read = 0;
        for (int l = levels.length - 1; l > 0 && read < MAX_READ; l--) {
            Level level = levels[l];
            if (level == null) {
                continue;
            }
            long complete = treeSize >>> l;
            while (level.count < complete && read < MAX_READ && kept < maxHashes) {
                long from = level.count;
                int within = (int) (from % RUN);
                int count = (int) Math.min(Math.min(complete - from, RUN - within), Math.min(MAX_READ - read,
                        maxHashes - kept));
                byte[] hashes = store.read(l, from, count);
                if (hashes.length != count * hashSize) {
                    // not all written yet as seen from here (another instance's round); the next call tries again
                    return;
                }
                if (within == 0) {
                    level.runs.add(new byte[RUN * hashSize]);
                }
                System.arraycopy(hashes, 0, level.runs.get((int) (from / RUN)), within * hashSize, hashes.length);
                level.count = from + count; // published after the bytes: a reader that sees the count sees them
                kept += count;
                read += count;
            }
        }
    }

    /** How many hashes are kept. */
    synchronized long size() {
        return kept;
    }

    /** Where the hashes come from: {@code count} consecutive ones of a level, concatenated, as far as written. */
    @FunctionalInterface
    interface Source {
        byte[] read(int level, long first, int count);
    }

    private static final class Level {
        final CopyOnWriteArrayList<byte[]> runs = new CopyOnWriteArrayList<>();
        /** Hashes kept, from index 0. */
        volatile long count;
    }
}
