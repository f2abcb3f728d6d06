package io.jingchu.hub.catalog.search;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchResult;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The catalog's full-text index (Lucene with the SmartChinese analyzer in the embedded default; an
 * OpenSearch implementation can replace it when the hub runs on several machines). The database is the
 * truth: the index can always be rebuilt from it.
 */
public interface ResourceIndex {

    /** Adds or replaces the resource's document; visible to searches when this returns. */
    void index(DataResource resource);

    /** Searches within what the scope allows. */
    SearchResult search(SearchQuery query, SearchScope scope);

    /**
     * Replaces the whole index with the resources the source feeds, atomically: searches see the old
     * index until the new one is complete. Returns how many were indexed.
     */
    long rebuild(Consumer<Consumer<DataResource>> source);

    /** How many documents the index holds. */
    long size();

    /**
     * Resource id → indexed version, for every document: lets the catalog find, after a restart, the
     * writes that committed to the database but never reached the index (a crash between the two).
     */
    Map<Long, Long> versions();
}
