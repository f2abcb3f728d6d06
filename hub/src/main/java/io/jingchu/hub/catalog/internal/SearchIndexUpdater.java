package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.ResourceEvent;
import io.jingchu.hub.catalog.search.ResourceIndex;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with the ledger: once a write has committed, the resource is indexed
 * again as the database now holds it. Reading it back rather than trusting the event keeps the index right
 * when two writes commit close together and their listeners run in the other order.
 */
class SearchIndexUpdater {

    private final ResourceStore store;
    private final ResourceIndex index;

    SearchIndexUpdater(ResourceStore store, ResourceIndex index) {
        this.store = store;
        this.index = index;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ResourceEvent event) {
        store.findById(event.resource().id()).ifPresent(index::index);
    }
}
