package io.jingchu.client.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Roots and proofs of a log from the stored hashes of its complete subtrees: every proof element is the right
 * fold of at most log n stored hashes, so a proof costs O(log n) reads in one batch whatever the tree's size.
 */
public final class ProofBuilder {

    private final TreeHash hash;
    private final NodeSource nodes;

    public ProofBuilder(TreeHash hash, NodeSource nodes) {
        this.hash = Objects.requireNonNull(hash);
        this.nodes = Objects.requireNonNull(nodes);
    }

    /** MTH(D[size]). */
    public byte[] root(long size) {
        if (size == 0) {
            return hash.empty();
        }
        return hashes(List.of(new TreeRange(0, size))).get(0);
    }

    /** The inclusion path of a leaf in the tree of this size. */
    public List<byte[]> inclusion(long index, long size) {
        return hashes(TreeRange.inclusion(index, size));
    }

    /** The consistency proof from the tree of the first size to the tree of the second. */
    public List<byte[]> consistency(long first, long second) {
        return hashes(TreeRange.consistency(first, second));
    }

    private List<byte[]> hashes(List<TreeRange> ranges) {
        Set<Subtree> wanted = new LinkedHashSet<>();
        ranges.forEach(range -> wanted.addAll(range.subtrees()));
        Map<Subtree, byte[]> stored = nodes.read(wanted);
        List<byte[]> out = new ArrayList<>(ranges.size());
        for (TreeRange range : ranges) {
            List<Subtree> parts = range.subtrees();
            byte[] folded = stored(stored, parts.get(parts.size() - 1));
            for (int i = parts.size() - 2; i >= 0; i--) {
                folded = hash.node(stored(stored, parts.get(i)), folded);
            }
            out.add(folded);
        }
        return out;
    }

    private static byte[] stored(Map<Subtree, byte[]> stored, Subtree subtree) {
        byte[] value = stored.get(subtree);
        if (value == null) {
            throw new IllegalStateException("the hash of " + subtree + " is not stored");
        }
        return value;
    }
}
