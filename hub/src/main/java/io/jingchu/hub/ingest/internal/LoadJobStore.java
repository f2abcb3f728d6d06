package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.ingest.DataFormat;
import io.jingchu.hub.ingest.LoadJob;
import io.jingchu.hub.ingest.LoadPhase;
import io.jingchu.hub.ingest.LoadState;
import io.jingchu.hub.ingest.ValidationReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;

/** The {@code load_job} table. */
final class LoadJobStore {

    /** A job row with what only the hub needs: who started it and whether someone asked to cancel it. */
    record JobRow(LoadJob job, long userId, boolean cancelRequested) {
    }

    private static final String LIVE = "('QUEUED', 'RUNNING')";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LoadJobStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(String resourceCode, long userId, String username, String sourceKind, String sourceLabel,
            DataFormat format, long totalBytes, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO load_job (resource_code, user_id, username, source_kind, source_label, format, state,
                    phase, total_bytes, created_at, heartbeat_at)
                VALUES (:code, :user, :username, :kind, :label, :format, 'QUEUED', 'WAITING', :total, :now, :now)""")
                .param("code", resourceCode).param("user", userId).param("username", username)
                .param("kind", sourceKind).param("label", truncate(sourceLabel, 500)).param("format", format.name())
                .param("total", totalBytes).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<JobRow> find(long id) {
        return jdbc.sql("SELECT * FROM load_job WHERE id = :id").param("id", id).query(this::row).optional();
    }

    List<LoadJob> forResource(String resourceCode, int limit) {
        return jdbc.sql("SELECT * FROM load_job WHERE resource_code = :code ORDER BY id DESC LIMIT :limit")
                .param("code", resourceCode).param("limit", limit)
                .query(this::row).list().stream().map(JobRow::job).toList();
    }

    /** The live job of a resource, if one is queued or running. */
    Optional<Long> liveFor(String resourceCode) {
        return jdbc.sql("SELECT id FROM load_job WHERE resource_code = :code AND state IN " + LIVE)
                .param("code", resourceCode).query(Long.class).optional();
    }

    void started(long id, Instant now) {
        jdbc.sql("UPDATE load_job SET state = 'RUNNING', started_at = :now, heartbeat_at = :now WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Records progress and refreshes the heartbeat; answers whether cancelling was asked for. */
    boolean progress(long id, LoadPhase phase, long rows, long bytes, double percent, double rate, Instant now) {
        jdbc.sql("""
                UPDATE load_job SET phase = :phase, rows_done = :rows, bytes_done = :bytes, percent = :percent,
                    rows_per_second = :rate, heartbeat_at = :now
                WHERE id = :id AND state = 'RUNNING'""")
                .param("id", id).param("phase", phase.name()).param("rows", rows).param("bytes", bytes)
                .param("percent", percent).param("rate", rate).param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT cancel_requested FROM load_job WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    /** Keeps queued jobs of this instance from looking abandoned while they wait their turn. */
    void heartbeat(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE load_job SET heartbeat_at = :now WHERE id IN (:ids) AND state IN " + LIVE)
                    .param("ids", ids).param("now", Timestamp.from(now)).update();
        }
    }

    /** Asks for a live job to stop; false when it has already ended. */
    boolean requestCancel(long id) {
        return jdbc.sql("UPDATE load_job SET cancel_requested = TRUE WHERE id = :id AND state IN " + LIVE)
                .param("id", id).update() == 1;
    }

    boolean cancelRequested(long id) {
        return jdbc.sql("SELECT cancel_requested FROM load_job WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    void succeeded(long id, int version, long rows, ValidationReport report, Instant now) {
        jdbc.sql("""
                UPDATE load_job SET state = 'SUCCEEDED', phase = 'DONE', rows_done = :rows, percent = 100,
                    version_number = :version, report = :report, finished_at = :now, heartbeat_at = :now
                WHERE id = :id""")
                .param("id", id).param("rows", rows).param("version", version)
                .param("report", json.writeValueAsString(report)).param("now", Timestamp.from(now))
                .update();
    }

    /** Ends a live job as FAILED or CANCELLED; a job that already ended keeps its outcome. */
    boolean ended(long id, LoadState state, String code, String message, @Nullable ValidationReport report,
            Instant now) {
        return jdbc.sql("""
                UPDATE load_job SET state = :state, error_code = :code, error_message = :message,
                    report = COALESCE(:report, report), finished_at = :now, heartbeat_at = :now
                WHERE id = :id AND state IN """ + LIVE)
                .param("id", id).param("state", state.name()).param("code", code)
                .param("message", truncate(message, 2000))
                .param("report", report == null ? null : json.writeValueAsString(report))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Live jobs whose instance stopped reporting before {@code staleBefore}. */
    List<Long> abandoned(Instant staleBefore) {
        return jdbc.sql("SELECT id FROM load_job WHERE state IN " + LIVE + " AND heartbeat_at < :stale")
                .param("stale", Timestamp.from(staleBefore)).query(Long.class).list();
    }

    List<Long> live() {
        return jdbc.sql("SELECT id FROM load_job WHERE state IN " + LIVE).query(Long.class).list();
    }

    private JobRow row(ResultSet rs, int n) throws SQLException {
        String report = rs.getString("report");
        String errorCode = rs.getString("error_code");
        int versionNumber = rs.getInt("version_number");
        Integer version = rs.wasNull() ? null : versionNumber;
        LoadJob job = new LoadJob(rs.getLong("id"), rs.getString("resource_code"), rs.getString("username"),
                rs.getString("source_label"), DataFormat.valueOf(rs.getString("format")),
                LoadState.valueOf(rs.getString("state")), LoadPhase.valueOf(rs.getString("phase")),
                rs.getLong("rows_done"), rs.getLong("bytes_done"), rs.getLong("total_bytes"),
                rs.getDouble("percent"), rs.getDouble("rows_per_second"), instant(rs, "created_at"),
                instantOrNull(rs, "started_at"), instantOrNull(rs, "finished_at"),
                errorCode == null ? null : new LoadJob.Failure(errorCode, rs.getString("error_message")),
                version,
                report == null ? null : json.readValue(report, ValidationReport.class));
        return new JobRow(job, rs.getLong("user_id"), rs.getBoolean("cancel_requested"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
