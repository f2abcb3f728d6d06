package io.jingchu.hub.access.internal;

import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ApplicationQuery;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.access.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The {@code access_application} table. A pending or approved application holds its applicant's
 * {@code live_key} ({@code applicantId:resourceCode}), which is unique: at most one such application per
 * user and resource, however many requests race. Every other state gives the key up. Callers bring the
 * transaction.
 */
class ApplicationStore {

    private static final String COLUMNS = """
            SELECT id, resource_code, resource_title, organization_id, applicant_id, applicant, purpose, wished_until,
                   state, created_at, decided_at, decided_by, decision_note, expires_at, revoked_at, revoked_by,
                   revocation_reason
            FROM access_application""";

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String liveKey(long applicantId, String resourceCode) {
        return applicantId + ":" + resourceCode;
    }

    long insert(String resourceCode, String resourceTitle, long organizationId, long applicantId, String applicant,
            String purpose, @Nullable LocalDate wishedUntil, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO access_application (resource_code, resource_title, organization_id, applicant_id, applicant,
                    purpose, wished_until, state, live_key, created_at)
                VALUES (:code, :title, :organization, :applicantId, :applicant, :purpose, :wishedUntil, :state,
                    :liveKey, :at)""")
                .param("code", resourceCode)
                .param("title", resourceTitle)
                .param("organization", organizationId)
                .param("applicantId", applicantId)
                .param("applicant", applicant)
                .param("purpose", purpose)
                .param("wishedUntil", wishedUntil, Types.DATE)
                .param("state", ApplicationState.PENDING.name())
                .param("liveKey", liveKey(applicantId, resourceCode))
                .param("at", Timestamps.param(at))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<AccessApplication> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(ApplicationStore::row).optional();
    }

    /** The pending or approved application of this user for this resource, if there is one. */
    Optional<AccessApplication> findLive(long applicantId, String resourceCode) {
        return jdbc.sql(COLUMNS + " WHERE live_key = ?").param(liveKey(applicantId, resourceCode))
                .query(ApplicationStore::row).optional();
    }

    /** An approval that has expired no longer stands in the way of a new application. */
    void releaseExpired(long applicantId, String resourceCode, Instant now) {
        jdbc.sql("UPDATE access_application SET live_key = NULL WHERE live_key = ? AND state = ? AND expires_at <= ?")
                .params(liveKey(applicantId, resourceCode), ApplicationState.APPROVED.name(), Timestamps.param(now))
                .update();
    }

    /** Approves a pending application; false when it was no longer pending. */
    boolean approve(long id, Instant at, String by, @Nullable String comment, @Nullable Instant expiresAt) {
        return jdbc.sql("""
                UPDATE access_application SET state = :to, decided_at = :at, decided_by = :by, decision_note = :note,
                    expires_at = :expiresAt
                WHERE id = :id AND state = :from""")
                .param("to", ApplicationState.APPROVED.name())
                .param("at", Timestamps.param(at))
                .param("by", by)
                .param("note", comment, Types.VARCHAR)
                .param("expiresAt", Timestamps.param(expiresAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("id", id)
                .param("from", ApplicationState.PENDING.name())
                .update() == 1;
    }

    /** Ends a pending application as refused or withdrawn; false when it was no longer pending. */
    boolean close(long id, ApplicationState to, Instant at, String by, @Nullable String note) {
        return jdbc.sql("""
                UPDATE access_application SET state = :to, live_key = NULL, decided_at = :at, decided_by = :by,
                    decision_note = :note
                WHERE id = :id AND state = :from""")
                .param("to", to.name())
                .param("at", Timestamps.param(at))
                .param("by", by)
                .param("note", note, Types.VARCHAR)
                .param("id", id)
                .param("from", ApplicationState.PENDING.name())
                .update() == 1;
    }

    /** Revokes an approval; false when it was not approved (any more). */
    boolean revoke(long id, Instant at, String by, String reason) {
        return jdbc.sql("""
                UPDATE access_application SET state = :to, live_key = NULL, revoked_at = :at, revoked_by = :by,
                    revocation_reason = :reason
                WHERE id = :id AND state = :from""")
                .param("to", ApplicationState.REVOKED.name())
                .param("at", Timestamps.param(at))
                .param("by", by)
                .param("reason", reason)
                .param("id", id)
                .param("from", ApplicationState.APPROVED.name())
                .update() == 1;
    }

    /** A page of all applications matching the query, newest first. */
    Page<AccessApplication> listAll(ApplicationQuery query) {
        return page(query, new ArrayList<>(), new LinkedHashMap<>());
    }

    /**
     * A page of the applications matching the query, newest first, among those made by {@code applicantId}
     * or for resources of {@code organizationId} (null for a caller without one).
     */
    Page<AccessApplication> listOf(ApplicationQuery query, long applicantId, @Nullable Long organizationId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("applicant", applicantId);
        if (organizationId == null) {
            where.add("applicant_id = :applicant");
        } else {
            where.add("(applicant_id = :applicant OR organization_id = :organization)");
            params.put("organization", organizationId);
        }
        return page(query, where, params);
    }

    private Page<AccessApplication> page(ApplicationQuery query, List<String> where, Map<String, Object> params) {
        if (query.state() != null) {
            where.add("state = :state");
            params.put("state", query.state().name());
        }
        if (query.resourceCode() != null) {
            where.add("resource_code = :code");
            params.put("code", query.resourceCode());
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM access_application" + condition).params(params)
                .query(Long.class).single();
        List<AccessApplication> items = jdbc.sql(COLUMNS + condition + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", query.limit()).param("offset", query.offset())
                .query(ApplicationStore::row).list();
        return new Page<>(total, query.offset(), query.limit(), items);
    }

    private static AccessApplication row(ResultSet rs, int row) throws SQLException {
        return new AccessApplication(rs.getLong("id"), rs.getString("resource_code"), rs.getString("resource_title"),
                rs.getLong("organization_id"), rs.getLong("applicant_id"), rs.getString("applicant"),
                rs.getString("purpose"), Timestamps.readDate(rs, "wished_until"),
                ApplicationState.valueOf(rs.getString("state")), Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision_note"),
                Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "revoked_at"), rs.getString("revoked_by"),
                rs.getString("revocation_reason"));
    }
}
