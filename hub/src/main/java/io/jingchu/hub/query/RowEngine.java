package io.jingchu.hub.query;

import io.jingchu.hub.ingest.DatasetVersion;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs {@link RowQuery row queries} over a dataset version's Parquet file. The embedded implementation is
 * in-process DuckDB; a distributed SQL engine reading the same files can replace it. Implementations never put
 * request text into a statement: names come from the version's schema, values are bound.
 *
 * <p>Every method gives up after its time limit with {@code QUERY_TIME_LIMIT}. The order of rows is the sort
 * keys', ties broken by the position in the file; without sort keys it is the file's order (groups: the group
 * fields' order). Grouped queries answer the group fields first, then the aggregates.
 */
public interface RowEngine {

    /** One page: {@code query.limit()} rows from {@code query.offset()} or after {@code query.after()}. */
    RowPage page(DatasetVersion version, RowQuery query, Duration timeLimit);

    /** How many rows (or groups) the query selects, counted. */
    long count(DatasetVersion version, RowQuery query, Duration timeLimit);

    /** How many rows the query selects, estimated from a sample when counting would read much of the file. */
    RowCount estimate(DatasetVersion version, RowQuery query, Duration timeLimit);

    /** Every row the query selects, in order, without a row cap; the caller closes the stream. */
    ResultRows stream(DatasetVersion version, RowQuery query, Duration timeLimit);

    /** Writes every row the query selects to a new Parquet file (zstd); returns how many rows it holds. */
    long writeParquet(DatasetVersion version, RowQuery query, Path target, Duration timeLimit);
}
