package io.jingchu.client.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Merkle tree held in memory, for a verifier that recomputes a log from its entries and for tests. Keeps the
 * hash of every complete subtree, as the hub's database does, and grows with the same {@link TreeGrowth}.
 */
public final class MemoryTree implements NodeSource {

    private final TreeHash hash;
    private final Map<Subtree, byte[]> nodes = new HashMap<>();
    private long size;

    public MemoryTree(TreeHash hash) {
        this.hash = Objects.requireNonNull(hash);
    }

    /** The tree of these entries, in order. */
    public static MemoryTree of(TreeHash hash, List<byte[]> entries) {
        MemoryTree tree = new MemoryTree(hash);
        entries.forEach(tree::append);
        return tree;
    }

    /** Appends an entry; returns its index. */
    public long append(byte[] entry) {
        return appendLeafHashes(List.of(hash.leaf(entry)));
    }

    /** Appends leaves by their hashes; returns the index of the first. */
    public long appendLeafHashes(List<byte[]> leafHashes) {
        long first = size;
        nodes.putAll(TreeGrowth.append(hash, first, leafHashes, this));
        size += leafHashes.size();
        return first;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        return proofs().root(size);
    }

    public ProofBuilder proofs() {
        return new ProofBuilder(hash, this);
    }

    @Override
    public Map<Subtree, byte[]> read(Collection<Subtree> subtrees) {
        Map<Subtree, byte[]> out = new HashMap<>();
        List<Subtree> missing = new ArrayList<>();
        for (Subtree subtree : subtrees) {
            byte[] value = nodes.get(subtree);
            if (value == null) {
                missing.add(subtree);
            } else {
                out.put(subtree, value);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not in a tree of size " + size + ": " + missing);
        }
        return out;
    }
}
