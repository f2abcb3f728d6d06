package io.jingchu.hub.identifier.internal;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.ResourceEvent;
import io.jingchu.hub.ingest.DatasetVersionPublished;
import org.springframework.context.event.EventListener;

/**
 * Assigns identifiers as things are published. The listeners are synchronous, so an identifier is written in the
 * transaction that publishes its resource or version: an identifier exists exactly when the thing does, and a
 * rolled-back publication leaves none. Retiring a resource keeps its identifier and marks it retired.
 */
class IdentifierAssigner {

    private final IdentifierStore store;

    IdentifierAssigner(IdentifierStore store) {
        this.store = store;
    }

    @EventListener
    void on(ResourceEvent event) {
        DataResource r = event.resource();
        if (event instanceof ResourceEvent.ResourcePublished) {
            store.assignResource(r.code(), r.title(), r.organizationName(), event.at());
        } else if (event instanceof ResourceEvent.ResourceUpdated) {
            store.describe(r.code(), r.title(), r.organizationName(), event.at());
        } else if (event instanceof ResourceEvent.ResourceRetired) {
            store.retire(r.code(), event.at());
        }
    }

    @EventListener
    void on(DatasetVersionPublished event) {
        store.assignVersion(event.resourceCode(), event.number(), event.contentHash(), event.publishedAt());
    }
}
