package io.jingchu.client.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complete subtrees a batch of leaves completes. Appending leaves {@code [start, start + n)} completes the
 * leaves themselves and, per level, the nodes that end inside the batch; only the left children of the first
 * such node per level can be older, so a batch reads at most one stored hash per level.
 */
public final class TreeGrowth {

    private TreeGrowth() {
    }

    /** Every subtree completed by appending these leaf hashes at {@code start}, level 0 included, with its hash. */
    public static Map<Subtree, byte[]> append(TreeHash hash, long start, List<byte[]> leafHashes, NodeSource stored) {
        long end = start + leafHashes.size();
        Map<Subtree, byte[]> added = new LinkedHashMap<>();
        for (int i = 0; i < leafHashes.size(); i++) {
            added.put(new Subtree(0, start + i), leafHashes.get(i));
        }
        List<Subtree> older = new ArrayList<>();
        for (int level = 1; (end >>> level) > 0; level++) {
            long first = start >>> level;
            if (first < (end >>> level) && ((2 * first + 1) << (level - 1)) <= start) {
                older.add(new Subtree(level - 1, 2 * first));
            }
        }
        Map<Subtree, byte[]> known = new HashMap<>(older.isEmpty() ? Map.of() : stored.read(older));
        known.putAll(added);
        for (int level = 1; (end >>> level) > 0; level++) {
            for (long j = start >>> level; j < (end >>> level); j++) {
                byte[] left = known.get(new Subtree(level - 1, 2 * j));
                byte[] right = known.get(new Subtree(level - 1, 2 * j + 1));
                if (left == null || right == null) {
                    throw new IllegalStateException("the children of " + new Subtree(level, j) + " are not stored");
                }
                Subtree node = new Subtree(level, j);
                byte[] value = hash.node(left, right);
                known.put(node, value);
                added.put(node, value);
            }
        }
        return added;
    }
}
