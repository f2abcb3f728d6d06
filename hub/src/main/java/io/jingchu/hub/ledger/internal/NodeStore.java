package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.NodeSource;
import io.jingchu.client.ledger.Subtree;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code ledger_node} table: the hash of every complete subtree, read in one query per proof. */
class NodeStore implements NodeSource {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    NodeStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Map<Subtree, byte[]> read(Collection<Subtree> subtrees) {
        Map<Subtree, byte[]> found = new HashMap<>();
        if (subtrees.isEmpty()) {
            return found;
        }
        List<Long> keys = subtrees.stream().map(Subtree::key).distinct().toList();
        jdbc.sql("SELECT node_key, hash FROM ledger_node WHERE node_key IN (:keys)")
                .param("keys", keys)
                .query(rs -> {
                    found.put(Subtree.ofKey(rs.getLong("node_key")), rs.getBytes("hash"));
                });
        if (found.size() != keys.size()) {
            List<Subtree> missing = new ArrayList<>(subtrees);
            missing.removeAll(found.keySet());
            throw new IllegalStateException("the ledger's tree lacks the nodes " + missing);
        }
        return found;
    }

    /** The hashes of {@code count} consecutive subtrees at one level, concatenated (a tlog-tiles tile). */
    byte[] concatenated(int level, long first, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jdbc.sql("SELECT hash FROM ledger_node WHERE node_key >= :from AND node_key < :to ORDER BY node_key")
                .param("from", new Subtree(level, first).key())
                .param("to", new Subtree(level, first).key() + count)
                .query(rs -> {
                    out.writeBytes(rs.getBytes("hash"));
                });
        return out.toByteArray();
    }

    void insert(Map<Subtree, byte[]> nodes) {
        template.batchUpdate("INSERT INTO ledger_node (node_key, hash) VALUES (?, ?)", new ArrayList<>(nodes.entrySet()),
                500, (ps, node) -> {
                    ps.setLong(1, node.getKey().key());
                    ps.setBytes(2, node.getValue());
                });
    }
}
