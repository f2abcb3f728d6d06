package io.jingchu.hub.ledger.internal;

import io.jingchu.hub.ledger.AnchorReceipt;
import io.jingchu.hub.ledger.SignedCheckpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code ledger_anchor_receipt} table. Each statement stands alone (no transaction spans an anchor's call):
 * a row is claimed by inserting it, or by moving it back to {@code SENDING} when its attempt count is still the
 * one read, so that of several hub instances exactly one sends a given checkpoint to a given anchor at a time.
 */
class AnchorReceiptStore {

    static final String SENDING = "SENDING";
    static final String ANCHORED = "ANCHORED";
    static final String FAILED = "FAILED";
    static final String SUPERSEDED = "SUPERSEDED";

    /** The most recent checkpoint handed to an anchor. */
    record Latest(long treeSize, Instant createdAt) {
    }

    /** A checkpoint whose anchoring is to be tried again. */
    record Retry(long treeSize, int attempts) {
    }

    private static final String COLUMNS = """
            r.anchor_name, r.anchor_kind, r.tree_size, r.root_hash, r.state, r.attempts, r.receipt, r.last_error,
            r.created_at, r.anchored_at""";

    private final JdbcClient jdbc;

    AnchorReceiptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the first sending of this checkpoint to this anchor; false when another instance has it. */
    boolean claim(String anchor, String kind, SignedCheckpoint checkpoint, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO ledger_anchor_receipt (anchor_name, anchor_kind, tree_size, root_hash, state, attempts,
                        created_at, attempted_at)
                    VALUES (:anchor, :kind, :size, :root, 'SENDING', 1, :now, :now)""")
                    .param("anchor", anchor).param("kind", kind).param("size", checkpoint.treeSize())
                    .param("root", checkpoint.rootHash()).param("now", utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    Optional<Latest> latest(String anchor) {
        return jdbc.sql("""
                SELECT tree_size, created_at FROM ledger_anchor_receipt WHERE anchor_name = :anchor
                ORDER BY tree_size DESC LIMIT 1""")
                .param("anchor", anchor)
                .query((rs, n) -> new Latest(rs.getLong("tree_size"), instant(rs, "created_at")))
                .optional();
    }

    /** Failed attempts whose wait is over, and sendings that were abandoned (their instance stopped). */
    List<Retry> retriable(String anchor, Instant now, Instant abandonedBefore) {
        return jdbc.sql("""
                SELECT tree_size, attempts FROM ledger_anchor_receipt WHERE anchor_name = :anchor
                AND ((state = 'FAILED' AND next_attempt_at <= :now) OR (state = 'SENDING' AND attempted_at < :abandoned))
                ORDER BY tree_size""")
                .param("anchor", anchor).param("now", utc(now)).param("abandoned", utc(abandonedBefore))
                .query((rs, n) -> new Retry(rs.getLong("tree_size"), rs.getInt("attempts")))
                .list();
    }

    /** Claims another attempt; false when another instance took it first. */
    boolean reclaim(String anchor, Retry retry, Instant now) {
        return jdbc.sql("""
                UPDATE ledger_anchor_receipt SET state = 'SENDING', attempts = attempts + 1, attempted_at = :now,
                    next_attempt_at = NULL
                WHERE anchor_name = :anchor AND tree_size = :size AND attempts = :attempts
                AND state IN ('FAILED', 'SENDING')""")
                .param("anchor", anchor).param("size", retry.treeSize()).param("attempts", retry.attempts())
                .param("now", utc(now))
                .update() == 1;
    }

    /** Records the receipt; earlier checkpoints that failed need no more tries, this one proves them. */
    void anchored(String anchor, long treeSize, String receipt, Instant now) {
        jdbc.sql("""
                UPDATE ledger_anchor_receipt SET state = 'ANCHORED', receipt = :receipt, anchored_at = :now,
                    next_attempt_at = NULL
                WHERE anchor_name = :anchor AND tree_size = :size""")
                .param("anchor", anchor).param("size", treeSize).param("receipt", receipt).param("now", utc(now))
                .update();
        jdbc.sql("""
                UPDATE ledger_anchor_receipt SET state = 'SUPERSEDED', next_attempt_at = NULL
                WHERE anchor_name = :anchor AND tree_size < :size AND state = 'FAILED'""")
                .param("anchor", anchor).param("size", treeSize)
                .update();
    }

    void failed(String anchor, long treeSize, String error, Instant nextAttempt) {
        jdbc.sql("""
                UPDATE ledger_anchor_receipt SET state = 'FAILED', last_error = :error, next_attempt_at = :next
                WHERE anchor_name = :anchor AND tree_size = :size AND state = 'SENDING'""")
                .param("anchor", anchor).param("size", treeSize)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("next", utc(nextAttempt))
                .update();
    }

    /** Receipts, latest checkpoints first; with their signed checkpoints when {@code treeSize} is given. */
    List<AnchorReceipt> page(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", NULL AS note FROM ledger_anchor_receipt r "
                        + "ORDER BY r.tree_size DESC, r.anchor_name LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query(AnchorReceiptStore::receipt)
                .list();
    }

    List<AnchorReceipt> ofSize(long treeSize) {
        return jdbc.sql("SELECT " + COLUMNS + ", c.note FROM ledger_anchor_receipt r "
                        + "LEFT JOIN ledger_checkpoint c ON c.tree_size = r.tree_size "
                        + "WHERE r.tree_size = :size ORDER BY r.anchor_name")
                .param("size", treeSize)
                .query(AnchorReceiptStore::receipt)
                .list();
    }

    private static AnchorReceipt receipt(ResultSet rs, int row) throws SQLException {
        return new AnchorReceipt(rs.getString("anchor_name"), rs.getString("anchor_kind"), rs.getLong("tree_size"),
                rs.getBytes("root_hash"), rs.getString("state"), rs.getInt("attempts"), rs.getString("receipt"),
                rs.getString("last_error"), instant(rs, "created_at"), nullableInstant(rs, "anchored_at"),
                rs.getString("note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
