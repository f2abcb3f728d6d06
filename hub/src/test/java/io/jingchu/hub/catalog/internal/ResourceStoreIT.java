package io.jingchu.hub.catalog.internal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.catalog.Contact;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceChange;
import io.jingchu.hub.catalog.ResourceChange.FieldChange;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.region.DivisionLevel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** The catalog's tables on this pass's database: what is written reads back the same. */
class ResourceStoreIT {

    static CatalogDatabase db;
    static ResourceStore store;

    @BeforeAll
    static void migrate() {
        db = CatalogDatabase.fresh();
        store = new ResourceStore(db.jdbc);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aStoredResourceReadsBackEqual() {
        DataResource stored = insert(aDraft().description("**粗体**")
                .contact(new Contact("李四", null, null))
                .sharing(SharingAttribute.CONDITIONAL).opening(OpeningAttribute.NONE).highQuality(true)
                .withPersonalField().build());

        assertThat(stored.id()).isPositive();
        assertThat(store.findByCode(stored.code())).contains(stored);
        assertThat(store.findById(stored.id())).contains(stored);
    }

    @Test
    void fieldsAndKeywordsKeepTheirOrder() {
        DataResource stored = insert(aDraft().keywords("乙", "甲", "丙")
                .fields(new FieldSpec("zeta", "最后", FieldType.STRING, null, true, false),
                        new FieldSpec("alpha", "最先", FieldType.DATE, null, false, false),
                        new FieldSpec("mid", "中间", FieldType.TIMESTAMP, null, true, true))
                .build());
        DataResource read = store.findByCode(stored.code()).orElseThrow();
        assertThat(read.keywords()).containsExactly("乙", "甲", "丙");
        assertThat(read.fields()).extracting(FieldSpec::name).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(store.findByCode("no-such-code")).isEmpty();
        assertThat(store.codeExists("no-such-code")).isFalse();
    }

    @Test
    void anUpdateAtTheExpectedVersionReplacesEverything() {
        DataResource stored = insert(aDraft().build());
        DataResource changed = resource(stored.id(), stored.code(), aDraft().title("新标题").keywords("新")
                .fields(new FieldSpec("only", "唯一", FieldType.BOOLEAN, null, false, false)).build(),
                LifecycleState.PUBLISHED, 2);

        assertThat(store.update(changed, 1)).isTrue();
        assertThat(store.findByCode(stored.code())).contains(changed);
    }

    @Test
    void anUpdateAtAStaleVersionChangesNothing() {
        DataResource stored = insert(aDraft().build());
        DataResource changed = resource(stored.id(), stored.code(), aDraft().title("新标题").keywords().build(),
                LifecycleState.DRAFT, 3);

        assertThat(store.update(changed, 2)).isFalse();
        assertThat(store.findByCode(stored.code())).contains(stored);
        assertThat(store.currentVersion(stored.id())).contains(1L);
    }

    @Test
    void codesAreUniqueInTheDatabase() {
        DataResource stored = insert(aDraft().build());
        assertThatThrownBy(() -> db.tx.executeWithoutResult(s -> store.insert(resource(0, stored.code(),
                aDraft().build(), LifecycleState.DRAFT, 1))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(store.codeExists(stored.code())).isTrue();
    }

    @Test
    void historyReadsBackInVersionOrder() {
        DataResource stored = insert(aDraft().build());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ResourceChange second = new ResourceChange(2, "UPDATE", "张三", at, null,
                List.of(new FieldChange("title", "旧", "新"), new FieldChange("contact.phone", "1", null)));
        ResourceChange first = new ResourceChange(1, "REGISTER", "张三", at.minusSeconds(5), "理由",
                List.of(new FieldChange("title", null, "旧")));
        store.appendChange(stored.id(), second);
        store.appendChange(stored.id(), first);

        assertThat(store.changes(stored.id())).containsExactly(first, second);
    }

    @Test
    void forEachVisitsEveryResourceOnceInIdOrderAcrossBatches() {
        for (int i = 0; i < 510; i++) {
            insert(aDraft().keywords("批量").build());
        }
        List<Long> ids = new ArrayList<>();
        store.forEach(r -> ids.add(r.id()));

        assertThat(ids).hasSize((int) db.count("data_resource")).isSorted().doesNotHaveDuplicates();
        List<String> keywords = new ArrayList<>();
        store.forEach(r -> keywords.addAll(r.keywords()));
        assertThat(keywords).contains("批量");
    }

    @Test
    void serialsCountUpPerPrefix() {
        String prefix = uniquePrefix();
        String other = uniquePrefix();
        assertThat(serial(prefix)).isEqualTo(1);
        assertThat(serial(prefix)).isEqualTo(2);
        assertThat(serial(other)).isEqualTo(1);
    }

    @Test
    void concurrentTransactionsNeverShareASerial() throws Exception {
        String prefix = uniquePrefix();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        mine.add(retrying(() -> serial(prefix)));
                    }
                    return mine;
                }));
            }
            Set<Long> all = Collections.synchronizedSet(new HashSet<>());
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(40).contains(1L, 40L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countsRollUpByCodeRange() {
        String city = "4299";
        insertAt(city + "00000000", aDraft().build());
        insertAt(city + "01000000", aDraft().highQuality(true).build());
        insertAt(city + "01001001", aDraft().opening(OpeningAttribute.NONE).build());
        insertAt("429800000000", aDraft().build());
        String low = city + "00000000";
        String high = city + "99999999";

        assertThat(store.count(low, high, false)).isEqualTo(3);
        assertThat(store.count(low, high, true)).isEqualTo(1);
        assertThat(store.countBy("opening", low, high)).containsEntry("UNCONDITIONAL", 2L).containsEntry("NONE", 1L);
        assertThat(store.countByDivisionPrefix(6, low, high)).containsEntry("429901", 2L)
                .containsEntry("429900", 1L).hasSize(2);
    }

    private static <T> T retrying(java.util.concurrent.Callable<T> work) throws Exception {
        // H2 may refuse a second writer of a locked row instead of waiting; a caller would try again.
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (org.springframework.dao.ConcurrencyFailureException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(5);
            }
        }
    }

    private static long serial(String prefix) {
        Long serial = db.tx.execute(s -> store.nextSerial(prefix));
        return serial == null ? -1 : serial;
    }

    private static String uniquePrefix() {
        return Integer.toString(100_000 + Math.floorMod(UUID.randomUUID().hashCode(), 900_000));
    }

    private static DataResource insert(ResourceDraft draft) {
        return insertAt("420500000000", draft);
    }

    private static DataResource insertAt(String division, ResourceDraft draft) {
        DataResource r = resource(0, "t-" + UUID.randomUUID(), draft, LifecycleState.DRAFT, 1);
        DataResource placed = new DataResource(r.id(), r.code(), r.title(), r.description(), r.organizationId(),
                r.organizationName(), division, DivisionLevel.ofCode(division), r.theme(), r.keywords(), r.fields(),
                r.updateFrequency(), r.licence(), r.contact(), r.grade(), r.sensitivity(), r.sharing(), r.opening(),
                r.highQuality(), r.state(), r.rejectionReason(), r.version(), r.createdAt(), r.updatedAt(),
                r.publishedAt());
        return db.tx.execute(s -> store.insert(placed));
    }

    static DataResource resource(long id, String code, ResourceDraft d, LifecycleState state, long version) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new DataResource(id, code, d.title(), d.description(), 7, "宜昌市交通运输局", "420500000000",
                DivisionLevel.CITY, d.theme(), d.keywords(), d.fields(), d.updateFrequency(), d.licence(),
                d.contact(), d.grade(), d.sensitivity(), d.sharing(), d.opening(), d.highQuality(), state,
                state == LifecycleState.REJECTED ? "不完整" : null, version, at.minusSeconds(60), at,
                state == LifecycleState.PUBLISHED ? at : null);
    }
}
