package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.FacetItem;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.SearchFacet;
import io.jingchu.hub.identity.Caller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a package_search on the catalog search. The catalog search pages at most 100 hits, so larger CKAN pages are
 * fetched page by page. When a filter or a facet has no catalog facet behind it (tags, licence, names, dates,
 * negations), the matching hits are read in order and checked one by one, up to {@link #SCAN_LIMIT} of them; counts
 * are then made over what was read.
 */
final class CkanSearch {

    static final int PAGE = 100;
    static final int SCAN_LIMIT = 10_000;

    private static final Logger log = LoggerFactory.getLogger(CkanSearch.class);

    private final CatalogApi catalog;
    private final CkanPackages packages;
    private final Clock clock;

    CkanSearch(CatalogApi catalog, CkanPackages packages, Clock clock) {
        this.catalog = catalog;
        this.packages = packages;
        this.clock = clock;
    }

    CkanDictionaries.SearchResult search(Caller caller, CkanSearchRequest request,
            OrganizationDirectory organizations) {
        CkanFilters filters = CkanFilters.of(request.filters(), !request.includePrivate(), organizations,
                clock.instant());
        List<FacetField> facetFields = request.facetFields().stream().distinct().map(FacetField::of).toList();
        Page page;
        if (filters.impossible()) {
            page = new Page(0, List.of(), Map.of());
        } else if (filters.checksHits() || facetFields.stream().anyMatch(FacetField::counted)) {
            page = scan(caller, request, filters, facetFields);
        } else {
            page = fetch(caller, request, filters, facetFields);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        Map<String, SearchFacet> searchFacets = new LinkedHashMap<>();
        for (FacetField field : facetFields) {
            List<FacetItem> items = items(field, page.counts().getOrDefault(field.name(), Map.of()),
                    request.facetLimit(), organizations);
            Map<String, Long> counts = new LinkedHashMap<>();
            items.forEach(item -> counts.put(item.name(), item.count()));
            facets.put(field.name(), counts);
            searchFacets.put(field.name(), new SearchFacet(field.name(), items));
        }
        return new CkanDictionaries.SearchResult(page.total(), request.sort().ckan(), facets, searchFacets,
                page.resources().stream().map(r -> packages.toPackage(r, organizations)).toList());
    }

    /** How many open resources each value of a facet has (package counts of organizations and groups). */
    Map<String, Long> openCounts(Caller caller, Facet facet) {
        CkanFilters open = CkanFilters.of(List.of(), true, OrganizationDirectory.empty(), clock.instant());
        SearchResult result = catalog.search(caller, new SearchQuery(null, open.searchFilters(), List.of(facet),
                SearchQuery.Sort.RELEVANCE, 0, 1));
        return result.facets().getOrDefault(facet, Map.of());
    }

    /** Everything is done by the catalog search: only the requested window is read. */
    private Page fetch(Caller caller, CkanSearchRequest request, CkanFilters filters, List<FacetField> facetFields) {
        List<Facet> facets = facetFields.stream().map(FacetField::facet).filter(Objects::nonNull).distinct().toList();
        List<DataResource> resources = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        long total = 0;
        long offset = request.start();
        int remaining = request.rows();
        boolean first = true;
        while (true) {
            int limit = Math.max(1, Math.min(PAGE, remaining));
            SearchResult result = catalog.search(caller, new SearchQuery(request.text(), filters.searchFilters(),
                    first ? facets : List.of(), request.sort().sort(), (int) offset, limit));
            if (first) {
                total = result.total();
                for (FacetField field : facetFields) {
                    if (field.facet() != null) {
                        counts.put(field.name(), result.facets().getOrDefault(field.facet(), Map.of()));
                    }
                }
                first = false;
            }
            for (SearchResult.Hit hit : result.hits()) {
                if (remaining == 0) {
                    break;
                }
                resources.add(hit.resource());
                remaining--;
                offset++;
            }
            if (remaining == 0 || result.hits().size() < limit || offset >= total) {
                return new Page(total, resources, counts);
            }
        }
    }

    /** Some condition is checked here: read the matches in order, keep the window, count the facets. */
    private Page scan(Caller caller, CkanSearchRequest request, CkanFilters filters, List<FacetField> facetFields) {
        List<DataResource> resources = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        long matched = 0;
        int offset = 0;
        long total = Long.MAX_VALUE;
        while (offset < total && offset < SCAN_LIMIT) {
            SearchResult result = catalog.search(caller, new SearchQuery(request.text(), filters.searchFilters(),
                    List.of(), request.sort().sort(), offset, PAGE));
            total = result.total();
            if (result.hits().isEmpty()) {
                break;
            }
            for (SearchResult.Hit hit : result.hits()) {
                offset++;
                DataResource resource = hit.resource();
                if (!filters.accepts(resource)) {
                    continue;
                }
                if (matched >= request.start() && resources.size() < request.rows()) {
                    resources.add(resource);
                }
                matched++;
                for (FacetField field : facetFields) {
                    Map<String, Long> fieldCounts = counts.computeIfAbsent(field.name(), k -> new HashMap<>());
                    field.keys().apply(resource).forEach(key -> fieldCounts.merge(key, 1L, Long::sum));
                }
            }
        }
        if (total > SCAN_LIMIT) {
            log.info("CKAN search read only the first {} of {} matches", SCAN_LIMIT, total);
        }
        return new Page(matched, resources, counts);
    }

    private static List<FacetItem> items(FacetField field, Map<String, Long> counts, int limit,
            OrganizationDirectory organizations) {
        List<FacetItem> items = new ArrayList<>();
        counts.forEach((value, count) -> {
            if (count > 0) {
                items.add(field.facet() != null ? CkanFields.item(field.facet(), value, count, organizations)
                        : new FacetItem(value, value, count));
            }
        });
        items.sort(Comparator.comparingLong(FacetItem::count).reversed().thenComparing(FacetItem::name));
        return limit >= 0 && items.size() > limit ? List.copyOf(items.subList(0, limit)) : List.copyOf(items);
    }

    private record Page(long total, List<DataResource> resources, Map<String, Map<String, Long>> counts) {
    }

    /**
     * A facet a client asked for: one with a catalog facet behind it, one counted over the hits (tags, licence), or
     * one nothing has (formats, unknown fields), which stays empty.
     *
     * @param counted whether it can only be counted by reading the hits
     */
    private record FacetField(String name, @Nullable Facet facet, boolean counted,
            Function<DataResource, List<String>> keys) {

        static FacetField of(String name) {
            Optional<Facet> facet = CkanFields.facet(name);
            if (facet.isPresent()) {
                return new FacetField(name, facet.get(), false, r -> List.of(CkanFields.valueOf(facet.get(), r)));
            }
            return switch (name) {
                case "tags" -> new FacetField(name, null, true,
                        r -> r.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList());
                case "license_id" -> new FacetField(name, null, true, r -> List.of(r.licence().strip()));
                default -> new FacetField(name, null, false, r -> List.of());
            };
        }
    }
}
