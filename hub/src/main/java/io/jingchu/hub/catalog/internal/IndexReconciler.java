package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.search.ResourceIndex;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Brings the search index back in step with the database at start. The index is updated after each
 * commit and flushed to disk in groups, so a crash can leave it behind the database (or, on a fresh data
 * directory, empty). The database is the truth: an empty index is rebuilt whole, and otherwise every
 * resource whose indexed version differs from the stored one is indexed again.
 */
class IndexReconciler {

    private static final Logger log = LoggerFactory.getLogger(IndexReconciler.class);

    private final ResourceStore store;
    private final ResourceIndex index;

    IndexReconciler(ResourceStore store, ResourceIndex index) {
        this.store = store;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reconcile() {
        Map<Long, Long> stored = store.versions();
        if (stored.isEmpty()) {
            return;
        }
        if (index.size() == 0) {
            log.info("Search index is empty; rebuilding it from {} resources", stored.size());
            index.rebuild(store::forEach);
            return;
        }
        Map<Long, Long> indexed = index.versions();
        long stale = stored.entrySet().stream()
                .filter(e -> !e.getValue().equals(indexed.get(e.getKey())))
                .peek(e -> store.findById(e.getKey()).ifPresent(index::index))
                .count();
        if (stale > 0) {
            log.info("Search index caught up with {} resources changed while it was not written", stale);
        }
    }
}
