package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.ingest.Upload;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code upload} table. */
final class UploadStore {

    /** An upload row with its owner, which the public {@link Upload} does not show. */
    record UploadRow(Upload upload, long ownerId) {
    }

    private final JdbcClient jdbc;

    UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, long ownerId, String filename, long size, Instant now, Instant expires) {
        jdbc.sql("""
                INSERT INTO upload (id, owner_id, filename, size, received, created_at, expires_at)
                VALUES (:id, :owner, :filename, :size, 0, :now, :expires)""")
                .param("id", id).param("owner", ownerId).param("filename", filename).param("size", size)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .update();
    }

    Optional<UploadRow> find(String id) {
        return jdbc.sql("SELECT * FROM upload WHERE id = :id").param("id", id)
                .query((rs, n) -> new UploadRow(new Upload(rs.getString("id"), rs.getString("filename"),
                        rs.getLong("size"), rs.getLong("received"), rs.getTimestamp("expires_at").toInstant()),
                        rs.getLong("owner_id")))
                .optional();
    }

    /** Advances {@code received} only if no one else moved it meanwhile; false when someone did. */
    boolean advance(String id, long from, long to) {
        return jdbc.sql("UPDATE upload SET received = :to WHERE id = :id AND received = :from")
                .param("id", id).param("from", from).param("to", to)
                .update() == 1;
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM upload WHERE id = :id").param("id", id).update();
    }

    List<String> expired(Instant now) {
        return jdbc.sql("SELECT id FROM upload WHERE expires_at < :now").param("now", Timestamp.from(now))
                .query(String.class).list();
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT count(*) FROM upload WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }
}
