package io.jingchu.hub.identifier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code identifier_*} tables: one row per resource identifier and one per version identifier. */
class IdentifierStore {

    /** A resource's identifier as stored. */
    record ResourceRow(String code, String title, String owner, Instant assignedAt, Instant describedAt,
            @Nullable Instant retiredAt, @Nullable Long ledgerIndex) {
    }

    /** A version's identifier as stored, with its resource's row when the resource has one. */
    record VersionRow(String code, int number, String contentHash, Instant assignedAt, @Nullable Long ledgerIndex,
            @Nullable ResourceRow resource) {
    }

    private final JdbcClient jdbc;

    IdentifierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Assigns a resource's identifier; a second publication of the same resource only describes it again. */
    void assignResource(String code, String title, String owner, Instant at) {
        if (describe(code, title, owner, at) == 0) {
            jdbc.sql("""
                    INSERT INTO identifier_resource (resource_code, title, owner, assigned_at, described_at)
                    VALUES (:code, :title, :owner, :at, :at)""")
                    .param("code", code).param("title", title).param("owner", owner).param("at", utc(at))
                    .update();
        }
    }

    /** Updates the title and owner of a resource that has an identifier; how many rows changed (0 or 1). */
    int describe(String code, String title, String owner, Instant at) {
        return jdbc.sql("""
                UPDATE identifier_resource SET title = :title, owner = :owner, described_at = :at
                WHERE resource_code = :code""")
                .param("code", code).param("title", title).param("owner", owner).param("at", utc(at))
                .update();
    }

    void retire(String code, Instant at) {
        jdbc.sql("UPDATE identifier_resource SET retired_at = :at WHERE resource_code = :code AND retired_at IS NULL")
                .param("code", code).param("at", utc(at))
                .update();
    }

    void assignVersion(String code, int number, String contentHash, Instant at) {
        jdbc.sql("""
                INSERT INTO identifier_version (resource_code, version_number, content_hash, assigned_at)
                VALUES (:code, :number, :hash, :at)""")
                .param("code", code).param("number", number).param("hash", contentHash).param("at", utc(at))
                .update();
    }

    Optional<ResourceRow> resource(String code) {
        return jdbc.sql("""
                SELECT resource_code, title, owner, assigned_at, described_at, retired_at, ledger_index
                FROM identifier_resource WHERE resource_code = :code""")
                .param("code", code)
                .query((rs, n) -> resourceRow(rs, ""))
                .optional();
    }

    Optional<VersionRow> version(String code, int number) {
        return jdbc.sql("""
                SELECT v.resource_code, v.version_number, v.content_hash, v.assigned_at, v.ledger_index,
                       r.resource_code AS r_resource_code, r.title AS r_title, r.owner AS r_owner,
                       r.assigned_at AS r_assigned_at, r.described_at AS r_described_at,
                       r.retired_at AS r_retired_at, r.ledger_index AS r_ledger_index
                FROM identifier_version v LEFT JOIN identifier_resource r ON r.resource_code = v.resource_code
                WHERE v.resource_code = :code AND v.version_number = :number""")
                .param("code", code).param("number", number)
                .query((rs, n) -> new VersionRow(rs.getString("resource_code"), rs.getInt("version_number"),
                        rs.getString("content_hash"), instant(rs, "assigned_at"), longOrNull(rs, "ledger_index"),
                        rs.getString("r_resource_code") == null ? null : resourceRow(rs, "r_")))
                .optional();
    }

    /** Remembers where the ledger put a publication, once it has; the first to find it writes it. */
    void recordLedgerIndex(String code, @Nullable Integer number, long index) {
        if (number == null) {
            jdbc.sql("UPDATE identifier_resource SET ledger_index = :index WHERE resource_code = :code "
                    + "AND ledger_index IS NULL")
                    .param("index", index).param("code", code)
                    .update();
        } else {
            jdbc.sql("UPDATE identifier_version SET ledger_index = :index WHERE resource_code = :code "
                    + "AND version_number = :number AND ledger_index IS NULL")
                    .param("index", index).param("code", code).param("number", number)
                    .update();
        }
    }

    private static ResourceRow resourceRow(ResultSet rs, String alias) throws SQLException {
        OffsetDateTime retired = rs.getObject(alias + "retired_at", OffsetDateTime.class);
        return new ResourceRow(rs.getString(alias + "resource_code"), rs.getString(alias + "title"),
                rs.getString(alias + "owner"), instant(rs, alias + "assigned_at"), instant(rs, alias + "described_at"),
                retired == null ? null : retired.toInstant(), longOrNull(rs, alias + "ledger_index"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
