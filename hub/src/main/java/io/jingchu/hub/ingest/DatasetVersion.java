package io.jingchu.hub.ingest;

import io.jingchu.hub.catalog.FieldSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 数据版本: one immutable, published version of a resource's data, a zstd-compressed Parquet file whose
 * columns are the resource's field names as they were when the version was loaded.
 *
 * @param resourceCode the resource it belongs to
 * @param number 1, 2, 3… per resource, in publishing order
 * @param file the Parquet file (absolute); never changes once published
 * @param rowCount rows in the file
 * @param byteSize size of the file in bytes
 * @param contentHash {@code sha256:} followed by the lowercase hex SHA-256 of the file's bytes
 * @param fields the field schema the data was loaded against, in column order
 * @param qualityScore 0–100, from the version's validation report
 * @param jobId the load job that produced it
 * @param uniqueKey fields that identify each row, proven at load (see {@link ValidationReport#uniqueKey()});
 *        empty when there are none: a sort on all of them is already a total order
 */
public record DatasetVersion(
        String resourceCode,
        int number,
        Path file,
        long rowCount,
        long byteSize,
        String contentHash,
        List<FieldSpec> fields,
        double qualityScore,
        long jobId,
        Instant publishedAt,
        List<String> uniqueKey) {

    /**
     * How versions (and Parquet exports) are written, as DuckDB {@code COPY} options. The format's second
     * version of data pages and encodings (delta-packed integers, lengths and byte arrays) decodes two to three
     * times faster than the first on every query measured, and writes faster and smaller; current Parquet
     * readers (Arrow, Spark, pandas, DuckDB, Polars) all read it.
     */
    public static final String PARQUET_OPTIONS = "(FORMAT parquet, COMPRESSION zstd, PARQUET_VERSION V2)";

    public DatasetVersion {
        Objects.requireNonNull(resourceCode, "resourceCode");
        Objects.requireNonNull(file, "file");
        fields = List.copyOf(fields);
        uniqueKey = List.copyOf(uniqueKey);
    }
}
