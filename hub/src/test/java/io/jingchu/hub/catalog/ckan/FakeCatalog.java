package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.catalog.ResourceChange;
import io.jingchu.hub.catalog.ResourceDraft;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.common.ValidationException.Violation;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.region.DivisionCodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A catalog in memory that decides visibility as the real one does (ADMIN and AUDITOR see everything, a PUBLISHER
 * also its own organization's resources, everyone the open ones), searches by plain substring, and records the
 * queries it was asked so tests can see how the views page and filter.
 */
public class FakeCatalog implements CatalogApi {

    private final List<DataResource> resources = new ArrayList<>();
    private final List<SearchQuery> queries = new ArrayList<>();

    public FakeCatalog(DataResource... resources) {
        this.resources.addAll(List.of(resources));
    }

    public FakeCatalog add(DataResource resource) {
        resources.add(resource);
        return this;
    }

    /** Every query the views ran, oldest first. */
    public List<SearchQuery> queries() {
        return queries;
    }

    public static boolean visible(Caller caller, DataResource resource) {
        if (caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return true;
        }
        if (caller.has(Role.PUBLISHER) && caller.organizationId() != null
                && caller.organizationId() == resource.organizationId()) {
            return true;
        }
        return resource.isOpen();
    }

    @Override
    public Optional<DataResource> find(Caller caller, String code) {
        return resources.stream().filter(r -> r.code().equals(code) && visible(caller, r)).findFirst();
    }

    @Override
    public DataResource get(Caller caller, String code) {
        return find(caller, code).orElseThrow();
    }

    @Override
    public SearchResult search(Caller caller, SearchQuery query) {
        queries.add(query);
        List<DataResource> matching = resources.stream()
                .filter(r -> visible(caller, r))
                .filter(r -> matchesText(r, query.text()))
                .filter(r -> query.filters().entrySet().stream()
                        .allMatch(f -> f.getValue().stream().anyMatch(v -> matches(f.getKey(), v, r))))
                .sorted(order(query.sort()))
                .toList();
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : query.facets()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            matching.forEach(r -> counts.merge(CkanFields.valueOf(facet, r), 1L, Long::sum));
            facets.put(facet, counts);
        }
        List<SearchResult.Hit> hits = matching.stream().skip(query.offset()).limit(query.limit())
                .map(r -> new SearchResult.Hit(r, 1f, Map.of())).toList();
        return new SearchResult(matching.size(), hits, facets);
    }

    @Override
    public void forEach(Consumer<DataResource> action) {
        resources.stream().sorted(Comparator.comparingLong(DataResource::id)).forEach(action);
    }

    private static boolean matchesText(DataResource r, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(r.title(), r.description() == null ? "" : r.description()),
                r.keywords().stream()).anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(t));
    }

    private static boolean matches(Facet facet, String value, DataResource r) {
        if (facet == Facet.DIVISION) {
            return r.divisionCode().startsWith(DivisionCodes.prefix(value));
        }
        return CkanFields.valueOf(facet, r).equals(value);
    }

    private static Comparator<DataResource> order(SearchQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> (a, b) -> 0;
            case UPDATED -> Comparator.comparing(DataResource::updatedAt).reversed();
            case TITLE -> Comparator.comparing(DataResource::title);
            case CODE -> Comparator.comparing(DataResource::code);
        };
    }

    @Override
    public DataResource register(Caller caller, ResourceDraft draft) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public DataResource update(Caller caller, String code, long expectedVersion, ResourceDraft draft) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public List<Violation> check(ResourceDraft draft) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public DataResource submit(Caller caller, String code, long expectedVersion) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public DataResource publish(Caller caller, String code, long expectedVersion) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public DataResource reject(Caller caller, String code, long expectedVersion, String reason) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public DataResource retire(Caller caller, String code, long expectedVersion, @Nullable String reason) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public List<ResourceChange> history(Caller caller, String code) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public LedgerStatistics statistics(Caller caller, @Nullable String divisionCode) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public long reindex(Caller caller) {
        throw new UnsupportedOperationException("the views only read");
    }
}
