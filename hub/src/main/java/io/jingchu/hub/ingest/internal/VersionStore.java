package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;
import io.jingchu.hub.ingest.ValidationReport;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code dataset_version} table: what is published. */
final class VersionStore implements DatasetVersions {

    private static final TypeReference<List<FieldSpec>> FIELDS = new TypeReference<>() {
    };
    /** Distinct field lists kept parsed; past this many the memory starts again (a hub has a few thousand). */
    private static final int PARSED_FIELDS = 4096;

    /** Everything but the report, which is read only when asked for: every data read looks a version up. */
    private static final String COLUMNS = "resource_code, number, file, row_count, byte_size, content_hash, fields,"
            + " quality_score, job_id, published_at, unique_key";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final IngestFiles files;
    /**
     * Field lists parsed, by their stored text: every data read looks a version up, and parsing its fields was the
     * largest part of that. Keyed by the text itself, so a kept list is always the one stored.
     */
    private final Map<String, List<FieldSpec>> parsedFields = new ConcurrentHashMap<>();

    VersionStore(JdbcClient jdbc, JsonMapper json, IngestFiles files) {
        this.jdbc = jdbc;
        this.json = json;
        this.files = files;
    }

    @Override
    public Optional<DatasetVersion> latest(String resourceCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dataset_version WHERE resource_code = :code ORDER BY number DESC LIMIT 1")
                .param("code", resourceCode).query(this::row).optional();
    }

    @Override
    public Optional<DatasetVersion> find(String resourceCode, int number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dataset_version WHERE resource_code = :code AND number = :number")
                .param("code", resourceCode).param("number", number).query(this::row).optional();
    }

    @Override
    public List<DatasetVersion> list(String resourceCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dataset_version WHERE resource_code = :code ORDER BY number DESC")
                .param("code", resourceCode).query(this::row).list();
    }

    @Override
    public Map<String, Long> latestRowCounts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT v.resource_code, v.row_count FROM dataset_version v
                JOIN (SELECT resource_code, max(number) AS newest FROM dataset_version GROUP BY resource_code) n
                  ON v.resource_code = n.resource_code AND v.number = n.newest""")
                .query((RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    Optional<ValidationReport> report(String resourceCode, int number) {
        return jdbc.sql("SELECT report FROM dataset_version WHERE resource_code = :code AND number = :number")
                .param("code", resourceCode).param("number", number).query(String.class).optional()
                .map(text -> json.readValue(text, ValidationReport.class));
    }

    int nextNumber(String resourceCode) {
        Integer max = jdbc.sql("SELECT max(number) FROM dataset_version WHERE resource_code = :code")
                .param("code", resourceCode).query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    void insert(String resourceCode, int number, Path file, long rows, long bytes, String hash,
            List<FieldSpec> fields, ValidationReport report, long jobId, Instant now) {
        jdbc.sql("""
                INSERT INTO dataset_version (resource_code, number, file, row_count, byte_size, content_hash, fields,
                    quality_score, job_id, report, published_at, unique_key)
                VALUES (:code, :number, :file, :rows, :bytes, :hash, :fields, :score, :job, :report, :now, :key)""")
                .param("code", resourceCode).param("number", number).param("file", files.relative(file))
                .param("rows", rows).param("bytes", bytes).param("hash", hash)
                .param("fields", json.writeValueAsString(fields)).param("score", report.qualityScore())
                .param("job", jobId).param("report", json.writeValueAsString(report))
                .param("now", Timestamp.from(now)).param("key", String.join(",", report.uniqueKey()))
                .update();
    }

    /** Removes the rows of all but the newest {@code keep} versions; their files go with the next clean-up. */
    int retain(String resourceCode, int keep) {
        if (keep <= 0) {
            return 0;
        }
        return jdbc.sql("""
                DELETE FROM dataset_version WHERE resource_code = :code AND number <= (
                    SELECT max(number) FROM dataset_version WHERE resource_code = :code) - :keep""")
                .param("code", resourceCode).param("keep", keep).update();
    }

    /** Every file a version row points at, relative to the datasets directory. */
    List<String> referencedFiles() {
        return jdbc.sql("SELECT file FROM dataset_version").query(String.class).list();
    }

    private DatasetVersion row(ResultSet rs, int n) throws SQLException {
        return new DatasetVersion(rs.getString("resource_code"), rs.getInt("number"),
                files.resolve(rs.getString("file")), rs.getLong("row_count"), rs.getLong("byte_size"),
                rs.getString("content_hash"), fields(rs.getString("fields")),
                rs.getDouble("quality_score"), rs.getLong("job_id"),
                rs.getTimestamp("published_at").toInstant(), names(rs.getString("unique_key")));
    }

    private List<FieldSpec> fields(String text) {
        List<FieldSpec> parsed = parsedFields.get(text);
        if (parsed == null) {
            if (parsedFields.size() >= PARSED_FIELDS) {
                parsedFields.clear();
            }
            parsed = List.copyOf(json.readValue(text, FIELDS));
            parsedFields.put(text, parsed);
        }
        return parsed;
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : List.of(commaSeparated.split(","));
    }
}
