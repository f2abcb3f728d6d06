package io.jingchu.hub.ledger.internal;

import io.jingchu.hub.ledger.SignedCheckpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The single row of {@code ledger_state} and the signed checkpoints of {@code ledger_checkpoint}. */
class TreeStateStore {

    /** The tree as the last sequencing left it. */
    record TreeState(long size, byte @Nullable [] root, @Nullable String hashName) {
    }

    private final JdbcClient jdbc;

    TreeStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the state and holds its row lock until the transaction ends: one sequencer at a time. */
    TreeState lock() {
        return state(" FOR UPDATE");
    }

    TreeState read() {
        return state("");
    }

    private TreeState state(String lock) {
        return jdbc.sql("SELECT tree_size, root_hash, hash_name FROM ledger_state WHERE id = 1" + lock)
                .query((rs, n) -> new TreeState(rs.getLong("tree_size"), rs.getBytes("root_hash"),
                        rs.getString("hash_name")))
                .single();
    }

    void update(long size, byte[] root) {
        jdbc.sql("UPDATE ledger_state SET tree_size = :size, root_hash = :root WHERE id = 1")
                .param("size", size).param("root", root).update();
    }

    /** Records the hash a new log is created with; returns the one it has. */
    String claimHash(String hashName) {
        jdbc.sql("UPDATE ledger_state SET hash_name = :hash WHERE id = 1 AND hash_name IS NULL")
                .param("hash", hashName).update();
        return read().hashName();
    }

    void saveCheckpoint(SignedCheckpoint checkpoint) {
        jdbc.sql("""
                INSERT INTO ledger_checkpoint (tree_size, root_hash, note, signed_at)
                VALUES (:size, :root, :note, :at)""")
                .param("size", checkpoint.treeSize())
                .param("root", checkpoint.rootHash())
                .param("note", checkpoint.note())
                .param("at", checkpoint.signedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<SignedCheckpoint> latestCheckpoint() {
        return jdbc.sql("""
                SELECT tree_size, root_hash, note, signed_at FROM ledger_checkpoint
                ORDER BY tree_size DESC LIMIT 1""")
                .query(TreeStateStore::checkpoint)
                .optional();
    }

    /** The checkpoint signed at this tree size, if one was. */
    Optional<SignedCheckpoint> checkpoint(long treeSize) {
        return jdbc.sql("SELECT tree_size, root_hash, note, signed_at FROM ledger_checkpoint WHERE tree_size = :size")
                .param("size", treeSize)
                .query(TreeStateStore::checkpoint)
                .optional();
    }

    private static SignedCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new SignedCheckpoint(rs.getLong("tree_size"), rs.getBytes("root_hash"), rs.getString("note"),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant());
    }
}
