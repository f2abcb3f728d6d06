package io.jingchu.hub.catalog.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog's Lucene index ({@code jingchu.catalog.search.*}); the defaults suit the embedded
 * mode. The index itself lives under the data directory, in {@code index/catalog}.
 *
 * @param commitInterval how long a change may stay visible but not yet durable. Every change is searchable
 *        as soon as {@code index()} returns; commits (fsync) are grouped and run at most this often. A crash
 *        loses at most this much of the index, and a rebuild from the database restores it. Zero commits on
 *        every change.
 * @param maxFacetValues how many values each facet lists at most (the most frequent first)
 * @param rebuildBufferMb memory the indexer may fill before writing a segment during a rebuild
 */
@ConfigurationProperties("jingchu.catalog.search")
public record SearchIndexProperties(
        @DefaultValue("1s") Duration commitInterval,
        @DefaultValue("50") int maxFacetValues,
        @DefaultValue("64") int rebuildBufferMb) {

    public SearchIndexProperties {
        if (commitInterval.isNegative()) {
            throw new IllegalArgumentException("commitInterval < 0");
        }
        if (maxFacetValues < 1) {
            throw new IllegalArgumentException("maxFacetValues < 1");
        }
        if (rebuildBufferMb < 1) {
            throw new IllegalArgumentException("rebuildBufferMb < 1");
        }
    }

    /** The defaults, for use without Spring (benchmarks, tests). */
    public static SearchIndexProperties defaults() {
        return new SearchIndexProperties(Duration.ofSeconds(1), 50, 64);
    }
}
