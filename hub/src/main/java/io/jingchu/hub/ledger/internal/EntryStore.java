package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.TreeHash;
import io.jingchu.hub.ledger.LedgerEntry;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code ledger_pending} and {@code ledger_entry} tables: the recorder appends to the first with each entry's
 * leaf hash, the sequencer moves entries into the second with their indexes, everyone reads the second.
 */
class EntryStore {

    /** An appended entry waiting for its index: the sequencer needs only its leaf hash. */
    record Waiting(long id, byte[] leafHash) {
    }

    /** Well under PostgreSQL's limit of parameters per statement. */
    private static final int IDS_PER_STATEMENT = 1000;

    private static final String COLUMNS = "entry_index, entry_type, recorded_at, resource_code, leaf_hash, content";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TreeHash hash;

    EntryStore(JdbcClient jdbc, JdbcTemplate template, TreeHash hash) {
        this.jdbc = jdbc;
        this.template = template;
        this.hash = hash;
    }

    /**
     * Appends an entry to the log's waiting list. Inside a transaction the entry is held until the transaction is
     * about to commit and then written with the transaction's other entries in one batch, still inside it: both
     * commit or neither does, and a change that records many facts pays one statement, not one per fact.
     */
    void append(String type, @Nullable String resourceCode, @Nullable String subjectHash, Instant at, byte[] content) {
        Appended entry = new Appended(type, resourceCode, subjectHash, at.atOffset(ZoneOffset.UTC), content);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            insert(List.of(entry));
            return;
        }
        TransactionBatch batch = (TransactionBatch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new TransactionBatch();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        if (batch.flushed) {
            // appended by another synchronization's beforeCommit after ours ran: still inside the transaction
            insert(List.of(entry));
        } else {
            batch.entries.add(entry);
        }
    }

    /** Written with its leaf hash, worked out here by the many writers rather than later by the one sequencer. */
    private void insert(List<Appended> appended) {
        template.batchUpdate("""
                INSERT INTO ledger_pending (entry_type, resource_code, subject_hash, recorded_at, content, leaf_hash)
                VALUES (?, ?, ?, ?, ?, ?)""", appended, 500, (ps, e) -> {
                    ps.setString(1, e.type());
                    ps.setString(2, e.resourceCode());
                    ps.setString(3, e.subjectHash());
                    ps.setObject(4, e.recordedAt());
                    ps.setBytes(5, e.content());
                    ps.setBytes(6, hash.leaf(e.content()));
                });
    }

    private record Appended(String type, @Nullable String resourceCode, @Nullable String subjectHash,
            OffsetDateTime recordedAt, byte[] content) {
    }

    /** The entries one transaction appended, written just before it commits. */
    private final class TransactionBatch implements TransactionSynchronization {

        private final List<Appended> entries = new ArrayList<>();
        private boolean flushed;

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            if (!entries.isEmpty()) {
                insert(entries);
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(EntryStore.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(EntryStore.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(EntryStore.this);
        }
    }

    /**
     * The oldest waiting entries, in the order they were appended. Entries written before leaf hashes were stored
     * with them (by an older hub) get theirs here, stored back so that {@link #assign} can copy them.
     */
    List<Waiting> waiting(int limit) {
        List<Waiting> waiting = new ArrayList<>(limit);
        List<Waiting> unhashed = new ArrayList<>();
        jdbc.sql("""
                SELECT id, leaf_hash, CASE WHEN leaf_hash IS NULL THEN content END AS content FROM ledger_pending
                ORDER BY id LIMIT :limit""")
                .param("limit", limit)
                .query(rs -> {
                    byte[] leaf = rs.getBytes("leaf_hash");
                    Waiting entry = new Waiting(rs.getLong("id"),
                            leaf != null ? leaf : hash.leaf(rs.getBytes("content")));
                    waiting.add(entry);
                    if (leaf == null) {
                        unhashed.add(entry);
                    }
                });
        if (!unhashed.isEmpty()) {
            template.batchUpdate("UPDATE ledger_pending SET leaf_hash = ? WHERE id = ?", unhashed, 500, (ps, w) -> {
                ps.setBytes(1, w.leafHash());
                ps.setLong(2, w.id());
            });
        }
        return waiting;
    }

    /**
     * Moves these waiting entries into the log, the first at {@code firstIndex} and the rest after it in the order
     * of {@link #waiting}. The database copies the rows itself, a few statements for the whole batch: the entries'
     * contents never travel to the hub and back, and no statement runs once per entry. The ids go as lists of
     * parameters, which both databases look up in the primary key (H2 searches an array parameter row by row).
     */
    void assign(long firstIndex, List<Waiting> waiting) {
        for (int from = 0; from < waiting.size(); from += IDS_PER_STATEMENT) {
            List<Long> ids = waiting.subList(from, Math.min(waiting.size(), from + IDS_PER_STATEMENT)).stream()
                    .map(Waiting::id).toList();
            jdbc.sql("""
                    INSERT INTO ledger_entry (entry_index, entry_type, resource_code, subject_hash, recorded_at,
                        content, leaf_hash)
                    SELECT CAST(:first AS BIGINT) + ROW_NUMBER() OVER (ORDER BY id) - 1, entry_type, resource_code,
                        subject_hash, recorded_at, content, leaf_hash
                    FROM ledger_pending WHERE id IN (:ids)""")
                    .param("first", firstIndex + from).param("ids", ids).update();
            jdbc.sql("DELETE FROM ledger_pending WHERE id IN (:ids)").param("ids", ids).update();
        }
        jdbc.sql("""
                INSERT INTO ledger_subject (subject_hash, entry_index)
                SELECT subject_hash, entry_index FROM ledger_entry
                WHERE entry_index BETWEEN :first AND :last AND subject_hash IS NOT NULL""")
                .param("first", firstIndex).param("last", firstIndex + waiting.size() - 1).update();
    }

    Optional<LedgerEntry> find(long index) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entry WHERE entry_index = :index")
                .param("index", index)
                .query(EntryStore::entry)
                .optional();
    }

    /** The index of the first sequenced entry recorded with this subject hash. */
    Optional<Long> indexOfSubject(String subjectHash) {
        return jdbc.sql("""
                SELECT MIN(entry_index) FROM ledger_subject WHERE subject_hash = :subject""")
                .param("subject", subjectHash)
                .query(Long.class)
                .optional();
    }

    Optional<Long> indexOfLeaf(byte[] leafHash) {
        return jdbc.sql("SELECT MIN(entry_index) FROM ledger_entry WHERE leaf_hash = :leaf")
                .param("leaf", leafHash)
                .query(Long.class)
                .optional();
    }

    List<LedgerEntry> ofResource(String code, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM ledger_entry WHERE resource_code = :code
                ORDER BY entry_index LIMIT :limit OFFSET :offset""")
                .param("code", code)
                .param("limit", limit)
                .param("offset", offset)
                .query(EntryStore::entry)
                .list();
    }

    /** The contents of the entries with indexes from {@code from} up to {@code to}, in order. */
    List<byte[]> contents(long from, long to) {
        return jdbc.sql("""
                SELECT content FROM ledger_entry WHERE entry_index >= :from AND entry_index < :to
                ORDER BY entry_index""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> rs.getBytes("content"))
                .list();
    }

    private static LedgerEntry entry(ResultSet rs, int n) throws SQLException {
        return entry(rs, "entry_index", "leaf_hash");
    }

    /** An entry from a row holding the columns of {@link #COLUMNS}, its index and leaf hash under these names. */
    static LedgerEntry entry(ResultSet rs, String index, String leafHash) throws SQLException {
        return new LedgerEntry(rs.getLong(index), rs.getString("entry_type"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("resource_code"),
                rs.getBytes(leafHash), new String(rs.getBytes("content"), StandardCharsets.UTF_8));
    }
}
