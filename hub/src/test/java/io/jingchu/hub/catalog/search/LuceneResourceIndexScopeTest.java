package io.jingchu.hub.catalog.search;

import static io.jingchu.hub.catalog.search.Resources.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.catalog.SharingAttribute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneResourceIndexScopeTest {

    private static final long OWN = 21;
    private static final long OTHER = 22;

    @TempDir
    Path dir;

    private LuceneResourceIndex index;
    private DataResource open;
    private DataResource conditionallyOpen;
    private DataResource sharedOnly;
    private DataResource neitherOpenNorShared;
    private DataResource ownDraft;
    private DataResource othersDraft;
    private DataResource othersSubmitted;
    private DataResource othersRejected;
    private DataResource othersRetired;

    @BeforeEach
    void fill() {
        index = new LuceneResourceIndex(dir, new SearchIndexProperties(Duration.ZERO, 50, 16));
        open = add(aResource().titled("公交站点").ownedBy(OTHER, "宜昌市交通运输局"));
        conditionallyOpen = add(aResource().titled("公交客流").ownedBy(OTHER, "宜昌市交通运输局")
                .opening(OpeningAttribute.CONDITIONAL));
        sharedOnly = add(aResource().titled("公交刷卡").ownedBy(OTHER, "宜昌市交通运输局")
                .opening(OpeningAttribute.NONE).sharing(SharingAttribute.CONDITIONAL));
        neitherOpenNorShared = add(aResource().titled("公交司机").ownedBy(OTHER, "宜昌市交通运输局")
                .opening(OpeningAttribute.NONE).sharing(SharingAttribute.NONE));
        ownDraft = add(aResource().titled("公交规划").ownedBy(OWN, "宜昌市公交集团").inState(LifecycleState.DRAFT)
                .opening(OpeningAttribute.NONE).sharing(SharingAttribute.NONE));
        othersDraft = add(aResource().titled("公交调度").ownedBy(OTHER, "宜昌市交通运输局").inState(LifecycleState.DRAFT));
        othersSubmitted = add(aResource().titled("公交票价").ownedBy(OTHER, "宜昌市交通运输局")
                .inState(LifecycleState.SUBMITTED));
        othersRejected = add(aResource().titled("公交车辆").ownedBy(OTHER, "宜昌市交通运输局")
                .inState(LifecycleState.REJECTED));
        othersRetired = add(aResource().titled("公交旧线").ownedBy(OTHER, "宜昌市交通运输局")
                .inState(LifecycleState.RETIRED));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void publicScopeSeesOnlyPublishedOpenResources() {
        SearchResult result = search("公交", SearchScope.PUBLIC);

        assertThat(codes(result)).containsExactlyInAnyOrder(open.code(), conditionallyOpen.code());
        assertThat(result.total()).isEqualTo(2);
    }

    @Test
    void publicScopeCountsOnlyWhatItSees() {
        SearchResult result = search(null, SearchScope.PUBLIC);

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets().get(Facet.STATE)).containsExactly(Map.entry("PUBLISHED", 2L));
        assertThat(result.facets().get(Facet.OPENING)).doesNotContainKey("NONE");
        assertThat(result.facets().get(Facet.ORGANIZATION)).containsExactly(Map.entry(Long.toString(OTHER), 2L));
    }

    @Test
    void publicScopeFiltersCannotReachHiddenResources() {
        SearchResult drafts = index.search(new SearchQuery(null, Map.of(Facet.STATE, List.of("DRAFT", "SUBMITTED")),
                List.of(Facet.STATE), Sort.RELEVANCE, 0, 100), SearchScope.PUBLIC);
        SearchResult closed = index.search(new SearchQuery(null, Map.of(Facet.OPENING, List.of("NONE")),
                List.of(Facet.OPENING), Sort.RELEVANCE, 0, 100), SearchScope.PUBLIC);

        assertThat(drafts.total()).isZero();
        assertThat(drafts.facets().get(Facet.STATE)).isEmpty();
        assertThat(closed.total()).isZero();
    }

    @Test
    void sharedCatalogAddsPublishedSharedResources() {
        SearchResult result = search("公交", new SearchScope(false, true, null));

        assertThat(codes(result)).containsExactlyInAnyOrder(open.code(), conditionallyOpen.code(), sharedOnly.code());
    }

    @Test
    void ownOrganizationSeesItsOwnResourcesInEveryState() {
        SearchResult result = search("公交", new SearchScope(false, false, OWN));

        assertThat(codes(result)).containsExactlyInAnyOrder(open.code(), conditionallyOpen.code(), ownDraft.code());
        assertThat(codes(result)).doesNotContain(othersDraft.code(), othersSubmitted.code());
        assertThat(result.facets().get(Facet.STATE)).containsExactly(Map.entry("PUBLISHED", 2L), Map.entry("DRAFT", 1L));
    }

    @Test
    void publisherSeesOwnLedgerPlusSharedCatalog() {
        SearchResult result = search(null, new SearchScope(false, true, OWN));

        assertThat(codes(result)).containsExactlyInAnyOrder(open.code(), conditionallyOpen.code(), sharedOnly.code(),
                ownDraft.code());
        assertThat(result.total()).isEqualTo(4);
    }

    @Test
    void everythingScopeSeesEveryResourceInEveryState() {
        SearchResult result = search("公交", SearchScope.EVERYTHING);

        assertThat(result.total()).isEqualTo(9);
        assertThat(codes(result)).contains(neitherOpenNorShared.code(), othersDraft.code(), othersSubmitted.code(),
                othersRejected.code(), othersRetired.code());
        assertThat(result.facets().get(Facet.STATE)).containsEntry("DRAFT", 2L).containsEntry("RETIRED", 1L);
    }

    @Test
    void resourceLeavesThePublicCatalogWhenRetired() {
        index.index(Resources.from(open).inState(LifecycleState.RETIRED).atVersion(2).build());

        assertThat(codes(search("公交", SearchScope.PUBLIC))).containsExactly(conditionallyOpen.code());
    }

    private DataResource add(Resources.Builder builder) {
        DataResource resource = builder.build();
        index.index(resource);
        return resource;
    }

    private SearchResult search(@Nullable String text, SearchScope scope) {
        return index.search(new SearchQuery(text, Map.of(), List.of(Facet.values()), Sort.RELEVANCE, 0, 100), scope);
    }

    private static List<String> codes(SearchResult result) {
        return result.hits().stream().map(hit -> hit.resource().code()).toList();
    }
}
