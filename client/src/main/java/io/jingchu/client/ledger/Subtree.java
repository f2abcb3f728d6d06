package io.jingchu.client.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete subtree of a Merkle tree: the {@code 2^level} leaves from {@code index * 2^level}. Its hash never
 * changes once its last leaf is in the tree, so a log stores the hashes of all of them (level 0 being the leaf
 * hashes) and answers any proof from O(log n) of them.
 */
public record Subtree(int level, long index) {

    private static final int INDEX_BITS = 56;

    public Subtree {
        if (level < 0 || level > 62 || index < 0 || index >= (1L << INDEX_BITS)) {
            throw new IllegalArgumentException("no subtree at level " + level + ", index " + index);
        }
    }

    /** The first leaf it covers. */
    public long start() {
        return index << level;
    }

    /** One past the last leaf it covers. */
    public long end() {
        return (index + 1) << level;
    }

    /** One number for (level, index), a convenient database key: level in the top byte. */
    public long key() {
        return ((long) level << INDEX_BITS) | index;
    }

    public static Subtree ofKey(long key) {
        return new Subtree((int) (key >>> INDEX_BITS), key & ((1L << INDEX_BITS) - 1));
    }

    /**
     * The complete subtrees that make up the leaves {@code [start, end)}, left to right, each as large as it can
     * be. For the ranges RFC 9162's definitions split a tree into, the range's hash is the right fold of theirs.
     */
    public static List<Subtree> covering(long start, long end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no range [" + start + ", " + end + ")");
        }
        List<Subtree> parts = new ArrayList<>();
        long at = start;
        while (at < end) {
            int aligned = at == 0 ? 62 : Long.numberOfTrailingZeros(at);
            int fits = 63 - Long.numberOfLeadingZeros(end - at);
            int level = Math.min(aligned, fits);
            parts.add(new Subtree(level, at >>> level));
            at += 1L << level;
        }
        return parts;
    }
}
