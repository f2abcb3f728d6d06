package io.jingchu.hub.ledger.internal;

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
 * The {@code ledger_pending} and {@code ledger_entry} tables: the recorder appends to the first, the sequencer
 * moves entries into the second with their indexes, everyone reads the second.
 */
class EntryStore {

    /** An appended entry waiting for its index. */
    record Waiting(long id, String type, @Nullable String resourceCode, @Nullable String subjectHash,
            OffsetDateTime recordedAt, byte[] content) {
    }

    /** A waiting entry with the index and leaf hash the sequencer gave it. */
    record Sequenced(Waiting entry, long index, byte[] leafHash) {
    }

    private static final String COLUMNS = "entry_index, entry_type, recorded_at, resource_code, leaf_hash, content";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EntryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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

    private void insert(List<Appended> appended) {
        template.batchUpdate("""
                INSERT INTO ledger_pending (entry_type, resource_code, subject_hash, recorded_at, content)
                VALUES (?, ?, ?, ?, ?)""", appended, 500, (ps, e) -> {
                    ps.setString(1, e.type());
                    ps.setString(2, e.resourceCode());
                    ps.setString(3, e.subjectHash());
                    ps.setObject(4, e.recordedAt());
                    ps.setBytes(5, e.content());
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

    /** The oldest waiting entries, in the order they were appended. */
    List<Waiting> waiting(int limit) {
        return jdbc.sql("""
                SELECT id, entry_type, resource_code, subject_hash, recorded_at, content FROM ledger_pending
                ORDER BY id LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Waiting(rs.getLong("id"), rs.getString("entry_type"),
                        rs.getString("resource_code"), rs.getString("subject_hash"),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getBytes("content")))
                .list();
    }

    /** Moves waiting entries into the log with their indexes. */
    void assign(List<Sequenced> sequenced) {
        template.batchUpdate("""
                INSERT INTO ledger_entry (entry_index, entry_type, resource_code, subject_hash, recorded_at, content,
                    leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?)""", sequenced, 500, (ps, s) -> {
                    ps.setLong(1, s.index());
                    ps.setString(2, s.entry().type());
                    ps.setString(3, s.entry().resourceCode());
                    ps.setString(4, s.entry().subjectHash());
                    ps.setObject(5, s.entry().recordedAt());
                    ps.setBytes(6, s.entry().content());
                    ps.setBytes(7, s.leafHash());
                });
        List<Sequenced> withSubject = sequenced.stream().filter(s -> s.entry().subjectHash() != null).toList();
        template.batchUpdate("INSERT INTO ledger_subject (subject_hash, entry_index) VALUES (?, ?)", withSubject, 500,
                (ps, s) -> {
                    ps.setString(1, s.entry().subjectHash());
                    ps.setLong(2, s.index());
                });
        template.batchUpdate("DELETE FROM ledger_pending WHERE id = ?", sequenced, 500,
                (ps, s) -> ps.setLong(1, s.entry().id()));
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
