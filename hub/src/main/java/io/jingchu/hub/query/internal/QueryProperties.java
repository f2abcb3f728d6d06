package io.jingchu.hub.query.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of querying ({@code jingchu.query.*}).
 *
 * @param threads threads the query engine uses, 0 for one per core
 * @param memoryLimit memory the query engine may use before spilling to disk
 * @param connections queries that run at once; more wait for a free one (within their time limit)
 * @param timeLimit how long one row, aggregate, count or DataStore query may run
 * @param exportTimeLimit how long one export may stream
 * @param defaultLimit rows per page when the request names none
 * @param maxLimit the largest page a request may ask for
 * @param sqlRowLimit the most rows {@code datastore_search_sql} answers
 * @param sqlMemoryLimit memory the sandbox of one {@code datastore_search_sql} statement may use
 * @param sqlThreads threads of that sandbox
 * @param cursorSecret key of the check on keyset cursors; set the same value on every instance behind one
 *        address (by default a random key made on first start and kept in {@code keys/cursor.key} under the
 *        data directory)
 */
@ConfigurationProperties("jingchu.query")
public record QueryProperties(
        @DefaultValue("0") int threads,
        @DefaultValue("2GB") String memoryLimit,
        @DefaultValue("8") int connections,
        @DefaultValue("30s") Duration timeLimit,
        @DefaultValue("1h") Duration exportTimeLimit,
        @DefaultValue("100") int defaultLimit,
        @DefaultValue("10000") int maxLimit,
        @DefaultValue("100000") int sqlRowLimit,
        @DefaultValue("1GB") String sqlMemoryLimit,
        @DefaultValue("2") int sqlThreads,
        @DefaultValue("") String cursorSecret) {

    public QueryProperties {
        if (connections < 1 || defaultLimit < 1 || maxLimit < defaultLimit || sqlRowLimit < 1 || sqlThreads < 1
                || threads < 0) {
            throw new IllegalArgumentException("jingchu.query: connections, limits and sql-threads must be positive,"
                    + " default-limit at most max-limit");
        }
    }
}
