package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After a crash the index may lag the database; at start it is brought back in step. */
class IndexReconcilerIT {

    CatalogDatabase db;
    ResourceStore store;
    InMemoryResourceIndex index = new InMemoryResourceIndex();

    @BeforeEach
    void migrate() {
        db = CatalogDatabase.fresh();
        store = new ResourceStore(db.jdbc);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyIndexIsRebuiltWhole() {
        DataResource a = insert();
        DataResource b = insert();

        new IndexReconciler(store, index).reconcile();

        assertThat(index.versions()).containsEntry(a.id(), a.version()).containsEntry(b.id(), b.version());
    }

    @Test
    void writesThatNeverReachedTheIndexAreIndexedAgain() {
        DataResource indexed = insert();
        DataResource lost = insert();
        index.index(indexed);
        index.index(lost);
        // the database moved on but the index update was lost with the process
        DataResource newer = new DataResource(lost.id(), lost.code(), "更新后的标题", lost.description(),
                lost.organizationId(), lost.organizationName(), lost.divisionCode(), lost.level(), lost.theme(),
                lost.keywords(), lost.fields(), lost.updateFrequency(), lost.licence(), lost.contact(), lost.grade(),
                lost.sensitivity(), lost.sharing(), lost.opening(), lost.highQuality(), lost.state(),
                lost.rejectionReason(), lost.version() + 1, lost.createdAt(), lost.updatedAt(), lost.publishedAt());
        Boolean updated = db.tx.execute(s -> store.update(newer, lost.version()));
        assertThat(updated).isTrue();
        DataResource neverIndexed = insert();

        new IndexReconciler(store, index).reconcile();

        assertThat(index.versions()).containsEntry(indexed.id(), indexed.version())
                .containsEntry(lost.id(), lost.version() + 1)
                .containsEntry(neverIndexed.id(), neverIndexed.version());
        assertThat(index.documents.get(lost.id()).title()).isEqualTo("更新后的标题");
    }

    private DataResource insert() {
        DataResource r = ResourceStoreIT.resource(0, "rc-" + UUID.randomUUID(), aDraft().build(), LifecycleState.DRAFT, 1);
        return db.tx.execute(s -> store.insert(r));
    }
}
