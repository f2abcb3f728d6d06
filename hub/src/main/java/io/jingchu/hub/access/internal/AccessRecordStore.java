package io.jingchu.hub.access.internal;

import io.jingchu.hub.access.AccessRecord;
import io.jingchu.hub.access.AccessRecordQuery;
import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.access.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code data_access} table, the audit trail of data reads. Rows are only ever added. Each carries the
 * day it happened on in the hub's zone, so that usage per day is a plain group-by on both databases.
 */
class AccessRecordStore {

    private static final int MAX_USERNAME = 64;
    private static final int MAX_ADDRESS = 64;
    private static final int MAX_CODE = 64;
    private static final int MAX_OUTCOME = 64;

    private final JdbcClient jdbc;

    AccessRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DataAccess access, @Nullable Long organizationId, Instant at, LocalDate day) {
        jdbc.sql("""
                INSERT INTO data_access (accessed_at, access_day, username, user_id, client_address, api_token_id,
                    resource_code, organization_id, version_number, access_kind, rows_returned, outcome)
                VALUES (:at, :day, :username, :userId, :address, :token, :code, :organization, :version, :kind, :rows,
                    :outcome)""")
                .param("at", Timestamps.param(at))
                .param("day", day)
                .param("username", clip(access.username(), MAX_USERNAME))
                .param("userId", access.userId())
                .param("address", clip(access.clientAddress(), MAX_ADDRESS), Types.VARCHAR)
                .param("token", access.apiTokenId(), Types.BIGINT)
                .param("code", clip(access.resourceCode(), MAX_CODE))
                .param("organization", organizationId, Types.BIGINT)
                .param("version", access.versionNumber(), Types.INTEGER)
                .param("kind", access.kind().name())
                .param("rows", access.rows())
                .param("outcome", clip(access.outcome(), MAX_OUTCOME))
                .update();
    }

    /** Deletes the records of reads before this instant; returns how many. */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM data_access WHERE accessed_at < :cutoff")
                .param("cutoff", Timestamps.param(cutoff)).update();
    }

    /** A page of the records matching the query, newest first; only one organization's when it is given. */
    Page<AccessRecord> list(AccessRecordQuery query, @Nullable Long organizationId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (organizationId != null) {
            where.add("organization_id = :organization");
            params.put("organization", organizationId);
        }
        if (query.resourceCode() != null) {
            where.add("resource_code = :code");
            params.put("code", query.resourceCode());
        }
        if (query.username() != null) {
            where.add("username = :username");
            params.put("username", query.username());
        }
        if (query.from() != null) {
            where.add("accessed_at >= :from");
            params.put("from", Timestamps.param(query.from()));
        }
        if (query.to() != null) {
            where.add("accessed_at < :to");
            params.put("to", Timestamps.param(query.to()));
        }
        if (query.kind() != null) {
            where.add("access_kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.apiTokenId() != null) {
            where.add("api_token_id = :token");
            params.put("token", query.apiTokenId());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM data_access" + condition).params(params).query(Long.class).single();
        List<AccessRecord> items = jdbc.sql("""
                SELECT id, accessed_at, username, user_id, client_address, api_token_id, resource_code,
                       organization_id, version_number, access_kind, rows_returned, outcome
                FROM data_access""" + condition + " ORDER BY accessed_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", query.limit()).param("offset", query.offset())
                .query(AccessRecordStore::row).list();
        return new Page<>(total, query.offset(), query.limit(), items);
    }

    /** How many reads were recorded at or after this instant. */
    long countSince(Instant from) {
        return jdbc.sql("SELECT COUNT(*) FROM data_access WHERE accessed_at >= :from")
                .param("from", Timestamps.param(from)).query(Long.class).single();
    }

    /** Reads per day by one user since {@code from} (inclusive); days without reads are absent. */
    Map<LocalDate, Long> dailyCalls(long userId, LocalDate from) {
        Map<LocalDate, Long> calls = new HashMap<>();
        jdbc.sql("""
                SELECT access_day, COUNT(*) FROM data_access WHERE user_id = :user AND access_day >= :from
                GROUP BY access_day""")
                .param("user", userId)
                .param("from", from)
                .query((RowCallbackHandler) rs -> calls.put(rs.getObject(1, LocalDate.class), rs.getLong(2)));
        return calls;
    }

    /** A record as stored; the token's name is not this table's, so it is left for the service to add. */
    private static AccessRecord row(ResultSet rs, int row) throws SQLException {
        long token = rs.getLong("api_token_id");
        Long apiTokenId = rs.wasNull() ? null : token;
        long organization = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : organization;
        int version = rs.getInt("version_number");
        Integer versionNumber = rs.wasNull() ? null : version;
        return new AccessRecord(rs.getLong("id"), Timestamps.read(rs, "accessed_at"), rs.getString("username"),
                rs.getLong("user_id"), rs.getString("client_address"), apiTokenId, null, rs.getString("resource_code"),
                organizationId, versionNumber, AccessKind.valueOf(rs.getString("access_kind")),
                rs.getLong("rows_returned"), rs.getString("outcome"));
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
