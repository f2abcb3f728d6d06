package io.jingchu.client;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * 加载任务: one load of data into a resource, as the hub reports it while it runs and after it ended.
 *
 * @param state QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED
 * @param phase what a running job is doing (the hub's word for it), or null
 * @param rows rows read so far
 * @param bytes bytes of the source read so far
 * @param totalBytes size of the source, when known (not for a relational source)
 * @param percent 0–100, when the hub can tell
 * @param rowsPerSecond the current rate, when the hub can tell
 * @param error why a FAILED (or CANCELLED) job ended, or null
 * @param version the number of the dataset version a SUCCEEDED job published, or null
 * @param report the validation report once there is one (the hub's document, kept as it is), or null
 * @param json the whole document as received
 */
public record LoadJob(
        String id,
        String resourceCode,
        String state,
        String phase,
        long rows,
        long bytes,
        Long totalBytes,
        Double percent,
        Double rowsPerSecond,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Failure error,
        Integer version,
        JsonNode report,
        @JacksonInject(value = Json.SOURCE, useInput = OptBoolean.FALSE) JsonNode json) {

    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    private static final Set<String> FINAL_STATES = Set.of(SUCCEEDED, FAILED, CANCELLED);

    public LoadJob {
        Objects.requireNonNull(id, "id");
        if (report != null && (report.isNull() || report.isMissingNode())) {
            report = null;
        }
    }

    /** Whether the job has ended, one way or another: nothing about it changes any more. */
    public boolean finished() {
        return state != null && FINAL_STATES.contains(state);
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(state);
    }

    /**
     * How far the job is, 0–100: the hub's figure, else bytes read of the total, else null when it cannot be
     * told.
     */
    public Double progress() {
        if (percent != null) {
            return percent;
        }
        if (totalBytes != null && totalBytes > 0) {
            return Math.min(100.0, 100.0 * bytes / totalBytes);
        }
        return succeeded() ? 100.0 : null;
    }

    /** Why a job failed: the hub's error code and its message in the request's language. */
    public record Failure(String code, String message) {
    }
}
