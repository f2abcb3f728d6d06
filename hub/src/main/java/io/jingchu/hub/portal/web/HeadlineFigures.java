package io.jingchu.hub.portal.web;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The home page's figures that no single search gives: the records (rows of the newest version of every resource
 * open to the public) and the data reads of this month. Working them out takes a walk through the open resources
 * in the search index and two grouped reads of the database, too much for every view of a page that should answer
 * in 50 ms; so they are kept for {@link #FRESH} and worked out again by the first view after that. Each hub
 * instance keeps its own copy: the figures are a glance, not a count anyone settles on, and a minute behind is
 * fine.
 */
@Component
class HeadlineFigures {

    /** How long figures are shown before they are worked out again. */
    static final Duration FRESH = Duration.ofMinutes(1);
    private static final int PAGE = 100;

    private final CatalogApi catalog;
    private final DatasetVersions versions;
    private final AccessApi access;
    private volatile @Nullable Figures current;

    HeadlineFigures(CatalogApi catalog, DatasetVersions versions, AccessApi access) {
        this.catalog = catalog;
        this.versions = versions;
        this.access = access;
    }

    /** The figures and when they were worked out. */
    record Figures(long records, long readsThisMonth, Instant at) {
    }

    /** The figures, worked out again when older than {@link #FRESH}. */
    Figures get() {
        Figures figures = current;
        if (figures != null && isFresh(figures)) {
            return figures;
        }
        synchronized (this) {
            figures = current;
            return figures != null && isFresh(figures) ? figures : refresh();
        }
    }

    /** Works the figures out now. */
    synchronized Figures refresh() {
        Map<String, Long> rows = versions.latestRowCounts();
        long records = 0;
        int offset = 0;
        long total;
        do {
            // what a visitor may see is the catalog's decision: the open resources are those its search shows one
            SearchResult open = catalog.search(Caller.ANONYMOUS,
                    new SearchQuery(null, Map.of(), List.of(), Sort.CODE, offset, PAGE));
            total = open.total();
            for (SearchResult.Hit hit : open.hits()) {
                records += rows.getOrDefault(hit.resource().code(), 0L);
            }
            offset += PAGE;
        } while (offset < total);
        Figures figures = new Figures(records, access.readsThisMonth(), Instant.now());
        current = figures;
        return figures;
    }

    private static boolean isFresh(Figures figures) {
        return figures.at().plus(FRESH).isAfter(Instant.now());
    }
}
