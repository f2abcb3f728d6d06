package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.NodeSource;
import io.jingchu.client.ledger.Subtree;
import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.ledger.LedgerEntry;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tree's complete subtrees. Only every {@value #STRIDE}th level is stored: the leaf hashes live with their
 * entries in {@code ledger_entry}, levels 4, 8, 12… in {@code ledger_node}. Any other subtree is folded from at
 * most {@code 2^(STRIDE-1)} stored hashes of the stored level below it, so a proof still reads a bounded number
 * of rows in one query, while sequencing writes about one row in fifteen per entry instead of two.
 * (Logs written before this rule also hold the other levels; they are simply not read.)
 */
class NodeStore implements NodeSource {

    static final int STRIDE = 4;
    /** An entry's other columns, empty, for rows of the union that carry only a hash. */
    private static final String NO_ENTRY = ", CAST(NULL AS VARCHAR(64)) AS entry_type, CAST(NULL AS TIMESTAMP WITH"
            + " TIME ZONE) AS recorded_at, CAST(NULL AS VARCHAR(64)) AS resource_code, CAST(NULL AS BYTEA) AS content";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TreeHash hash;
    private final NodeCache cache;

    NodeStore(JdbcClient jdbc, JdbcTemplate template, TreeHash hash, NodeCache cache) {
        this.jdbc = jdbc;
        this.template = template;
        this.hash = hash;
        this.cache = cache;
    }

    /** Brings the cache of stored hashes up to a tree of this size, committed. */
    void catchUp(long treeSize) {
        cache.catchUp(treeSize, this::concatenated);
    }

    /** How many stored hashes are kept in memory. */
    long cachedHashes() {
        return cache.size();
    }

    static boolean isStored(int level) {
        return level % STRIDE == 0;
    }

    @Override
    public Map<Subtree, byte[]> read(Collection<Subtree> subtrees) {
        return read(subtrees, null, null);
    }

    /**
     * As {@link #read}, and in the same round trip the whole entry at {@code index}, handed to {@code entry}: an
     * inclusion proof answers with its entry, and a proof's latency is mostly its queries'.
     */
    Map<Subtree, byte[]> readWithEntry(Collection<Subtree> subtrees, long index, Consumer<LedgerEntry> entry) {
        return read(subtrees, index, entry);
    }

    private Map<Subtree, byte[]> read(Collection<Subtree> subtrees, @Nullable Long entryIndex,
            @Nullable Consumer<LedgerEntry> entry) {
        Map<Subtree, List<Subtree>> parts = new LinkedHashMap<>();
        Set<Subtree> needed = new LinkedHashSet<>();
        for (Subtree subtree : subtrees) {
            needed.addAll(parts.computeIfAbsent(subtree, NodeStore::storedParts));
        }
        Map<Subtree, byte[]> stored = readStored(needed, entryIndex, entry);
        Map<Subtree, byte[]> found = new HashMap<>();
        for (Map.Entry<Subtree, List<Subtree>> subtree : parts.entrySet()) {
            List<byte[]> level = subtree.getValue().stream().map(stored::get).toList();
            while (level.size() > 1) {
                List<byte[]> up = new ArrayList<>(level.size() / 2);
                for (int i = 0; i < level.size(); i += 2) {
                    up.add(hash.node(level.get(i), level.get(i + 1)));
                }
                level = up;
            }
            found.put(subtree.getKey(), level.get(0));
        }
        return found;
    }

    /** The subtrees of the nearest stored level at or below this one that together make it up. */
    private static List<Subtree> storedParts(Subtree subtree) {
        int below = subtree.level() % STRIDE;
        int base = subtree.level() - below;
        long first = subtree.index() << below;
        List<Subtree> parts = new ArrayList<>(1 << below);
        for (long i = 0; i < (1L << below); i++) {
            parts.add(new Subtree(base, first + i));
        }
        return parts;
    }

    private Map<Subtree, byte[]> readStored(Set<Subtree> subtrees, @Nullable Long entryIndex,
            @Nullable Consumer<LedgerEntry> entry) {
        Map<Subtree, byte[]> found = new HashMap<>();
        List<Long> leaves = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        for (Subtree subtree : subtrees) {
            byte[] kept = subtree.level() == 0 ? null : cache.get(subtree);
            if (kept != null) {
                found.put(subtree, kept);
            } else if (subtree.level() == 0) {
                leaves.add(subtree.index());
            } else {
                keys.add(subtree.key());
            }
        }
        // one round trip for both tables (and the entry, when asked for): a proof's latency is mostly its queries'
        String hashOnly = entryIndex == null ? "" : ", 0 AS whole" + NO_ENTRY;
        List<String> parts = new ArrayList<>(3);
        if (!leaves.isEmpty()) {
            parts.add("SELECT entry_index AS node_key, leaf_hash AS hash" + hashOnly + " FROM ledger_entry "
                    + "WHERE entry_index IN (:leaves)");
        }
        if (!keys.isEmpty()) {
            parts.add("SELECT node_key, hash" + hashOnly + " FROM ledger_node WHERE node_key IN (:keys)");
        }
        if (entryIndex != null) {
            parts.add("SELECT entry_index AS node_key, leaf_hash AS hash, 1 AS whole, entry_type, recorded_at, "
                    + "resource_code, content FROM ledger_entry WHERE entry_index = :entry");
        }
        if (!parts.isEmpty()) {
            Map<String, Object> params = new HashMap<>(Map.of("leaves", leaves, "keys", keys));
            if (entryIndex != null) {
                params.put("entry", entryIndex);
            }
            // a leaf's key is its index: level 0 in the key's top byte
            jdbc.sql(String.join(" UNION ALL ", parts))
                    .params(params)
                    .query(rs -> {
                        if (entry != null && rs.getInt("whole") == 1) {
                            entry.accept(EntryStore.entry(rs, "node_key", "hash"));
                        } else {
                            found.put(Subtree.ofKey(rs.getLong("node_key")), rs.getBytes("hash"));
                        }
                    });
        }
        if (found.size() != subtrees.size()) {
            List<Subtree> missing = new ArrayList<>(subtrees);
            missing.removeAll(found.keySet());
            throw new IllegalStateException("the ledger's tree lacks the nodes " + missing);
        }
        return found;
    }

    /**
     * The hashes of {@code count} consecutive subtrees at one stored level, concatenated (a tlog-tiles tile, whose
     * levels are multiples of 8 and so always stored).
     */
    byte[] concatenated(int level, long first, int count) {
        if (!isStored(level)) {
            throw new IllegalArgumentException("level " + level + " is not stored");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (level == 0) {
            jdbc.sql("""
                    SELECT leaf_hash FROM ledger_entry WHERE entry_index >= :from AND entry_index < :to
                    ORDER BY entry_index""")
                    .param("from", first)
                    .param("to", first + count)
                    .query(rs -> {
                        out.writeBytes(rs.getBytes("leaf_hash"));
                    });
            return out.toByteArray();
        }
        jdbc.sql("SELECT hash FROM ledger_node WHERE node_key >= :from AND node_key < :to ORDER BY node_key")
                .param("from", new Subtree(level, first).key())
                .param("to", new Subtree(level, first).key() + count)
                .query(rs -> {
                    out.writeBytes(rs.getBytes("hash"));
                });
        return out.toByteArray();
    }

    /** Stores the subtrees of the stored levels above the leaves; the rest are folded when read. */
    void insert(Map<Subtree, byte[]> nodes) {
        List<Map.Entry<Subtree, byte[]>> kept = nodes.entrySet().stream()
                .filter(node -> node.getKey().level() > 0 && isStored(node.getKey().level()))
                .toList();
        template.batchUpdate("INSERT INTO ledger_node (node_key, hash) VALUES (?, ?)", kept, 500, (ps, node) -> {
            ps.setLong(1, node.getKey().key());
            ps.setBytes(2, node.getValue());
        });
    }
}
