package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.search.ResourceIndex;
import io.jingchu.hub.catalog.search.SearchScope;
import io.jingchu.hub.region.DivisionCodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A naive index for tests: a map by id, substring matching on title, description and keywords, filters
 * and scope applied one resource at a time. Enough to see what the catalog asks of an index.
 */
class InMemoryResourceIndex implements ResourceIndex {

    final Map<Long, DataResource> documents = new ConcurrentHashMap<>();
    final List<SearchScope> scopesAsked = new ArrayList<>();

    @Override
    public void index(DataResource resource) {
        documents.put(resource.id(), resource);
    }

    @Override
    public SearchResult search(SearchQuery query, SearchScope scope) {
        scopesAsked.add(scope);
        List<DataResource> matches = documents.values().stream()
                .filter(r -> inScope(r, scope))
                .filter(r -> query.text() == null || text(r).contains(query.text()))
                .filter(r -> query.filters().entrySet().stream().allMatch(f -> f.getValue().stream()
                        .anyMatch(v -> matches(r, f.getKey(), v))))
                .sorted(Comparator.comparing(DataResource::code))
                .toList();
        List<SearchResult.Hit> hits = matches.stream().skip(query.offset()).limit(query.limit())
                .map(r -> new SearchResult.Hit(r, 1f, Map.of())).toList();
        return new SearchResult(matches.size(), hits, Map.of());
    }

    @Override
    public long rebuild(Consumer<Consumer<DataResource>> source) {
        Map<Long, DataResource> fresh = new ConcurrentHashMap<>();
        source.accept(r -> fresh.put(r.id(), r));
        documents.clear();
        documents.putAll(fresh);
        return fresh.size();
    }

    @Override
    public long size() {
        return documents.size();
    }

    @Override
    public Map<Long, Long> versions() {
        Map<Long, Long> versions = new java.util.HashMap<>();
        documents.forEach((id, r) -> versions.put(id, r.version()));
        return versions;
    }

    private static boolean inScope(DataResource r, SearchScope scope) {
        if (scope.everything()) {
            return true;
        }
        if (scope.ownOrganization() != null && scope.ownOrganization() == r.organizationId()) {
            return true;
        }
        if (r.state() != LifecycleState.PUBLISHED) {
            return false;
        }
        return r.opening().attribute() != OpeningAttribute.NONE
                || (scope.sharedCatalog() && r.sharing().attribute() != SharingAttribute.NONE);
    }

    private static String text(DataResource r) {
        return r.title() + " " + r.description() + " " + String.join(" ", r.keywords());
    }

    private static boolean matches(DataResource r, Facet facet, String value) {
        return switch (facet) {
            case ORGANIZATION -> Long.toString(r.organizationId()).equals(value);
            case DIVISION -> r.divisionCode().startsWith(DivisionCodes.prefix(value));
            case LEVEL -> r.level().name().equals(value);
            case THEME -> r.theme().name().equals(value);
            case GRADE -> r.grade().name().equals(value);
            case OPENING -> r.opening().attribute().name().equals(value);
            case SHARING -> r.sharing().attribute().name().equals(value);
            case STATE -> r.state().name().equals(value);
            case HIGH_QUALITY -> Boolean.toString(r.highQuality()).equals(value);
        };
    }
}
