package io.jingchu.hub.ingest;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A load and how far it got.
 *
 * @param bytes bytes of the source read so far, of {@code totalBytes} (0 when unknown, as for JDBC)
 * @param percent 0–100
 * @param error why it failed or was cancelled
 * @param version the version it published
 * @param report the validation report, when validation got that far (also for a failed load)
 */
public record LoadJob(long id, String resourceCode, String username, String source, DataFormat format,
        LoadState state, LoadPhase phase, long rows, long bytes, long totalBytes, double percent,
        double rowsPerSecond, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
        @Nullable Failure error, @Nullable Integer version, @Nullable ValidationReport report) {

    /** A failure's stable code and its message in the hub's default language. */
    public record Failure(String code, String message) {
    }
}
