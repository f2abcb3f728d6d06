package io.jingchu.hub.ingest;

import java.time.Instant;

/**
 * A version of a resource's data became visible: published in the same transaction as the version row, so a
 * listener (the audit ledger) sees exactly the versions that exist.
 *
 * @param contentHash {@code sha256:} and the hex SHA-256 of the Parquet file
 * @param username who loaded it
 */
public record DatasetVersionPublished(String resourceCode, int number, long rowCount, long byteSize,
        String contentHash, double qualityScore, long jobId, String username, Instant publishedAt) {
}
