package io.jingchu.hub.ledger.internal;

import io.jingchu.hub.ledger.LedgerEntry;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code ledger_entry} table: appended by the recorder, indexed by the sequencer, read by everyone. */
class EntryStore {

    /** An appended entry waiting for its index. */
    record Waiting(long id, byte[] content) {
    }

    /** The index and leaf hash the sequencer gave a waiting entry. */
    record Sequenced(long id, long index, byte[] leafHash) {
    }

    private static final String COLUMNS = "entry_index, entry_type, recorded_at, resource_code, leaf_hash, content";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EntryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void append(String type, @Nullable String resourceCode, @Nullable String subjectHash, Instant at, byte[] content) {
        jdbc.sql("""
                INSERT INTO ledger_entry (entry_type, resource_code, subject_hash, recorded_at, content)
                VALUES (:type, :code, :subject, :at, :content)""")
                .param("type", type)
                .param("code", resourceCode, Types.VARCHAR)
                .param("subject", subjectHash, Types.VARCHAR)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("content", content)
                .update();
    }

    /** The oldest waiting entries, in the order they were appended. */
    List<Waiting> waiting(int limit) {
        return jdbc.sql("SELECT id, content FROM ledger_entry WHERE entry_index IS NULL ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Waiting(rs.getLong("id"), rs.getBytes("content")))
                .list();
    }

    void assign(List<Sequenced> sequenced) {
        template.batchUpdate("UPDATE ledger_entry SET entry_index = ?, leaf_hash = ? WHERE id = ?", sequenced, 500,
                (ps, s) -> {
                    ps.setLong(1, s.index());
                    ps.setBytes(2, s.leafHash());
                    ps.setLong(3, s.id());
                });
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
                SELECT MIN(entry_index) FROM ledger_entry WHERE subject_hash = :subject AND entry_index IS NOT NULL""")
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
                 FROM ledger_entry WHERE resource_code = :code AND entry_index IS NOT NULL
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

    /** How many entries wait for an index (for tests and metrics). */
    long waitingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE entry_index IS NULL").query(Long.class).single();
    }

    private static LedgerEntry entry(ResultSet rs, int n) throws SQLException {
        return new LedgerEntry(rs.getLong("entry_index"), rs.getString("entry_type"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("resource_code"),
                rs.getBytes("leaf_hash"), new String(rs.getBytes("content"), StandardCharsets.UTF_8));
    }
}
