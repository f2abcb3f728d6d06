package io.jingchu.hub.catalog.search;

import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.region.DivisionCodes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The non-scoring parts of a search: who may see what ({@link SearchScope}) and the facet filters (any of
 * a facet's values, all of the facets). They run inside the Lucene query, so totals and facet counts never
 * include a resource the caller may not see.
 */
final class FilterQueries {

    private FilterQueries() {
    }

    /** What the scope lets through, or empty when it lets everything through. */
    static Optional<Query> scope(SearchScope scope) {
        if (scope.everything()) {
            return Optional.empty();
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(visibleIn(ResourceDocuments.VISIBLE_OPEN), Occur.SHOULD);
        if (scope.sharedCatalog()) {
            visible.add(visibleIn(ResourceDocuments.VISIBLE_SHARED), Occur.SHOULD);
        }
        if (scope.ownOrganization() != null) {
            visible.add(new TermQuery(new Term(ResourceDocuments.filterField(Facet.ORGANIZATION),
                    Long.toString(scope.ownOrganization()))), Occur.SHOULD);
        }
        return Optional.of(visible.build());
    }

    /** One filter clause per facet that names at least one value. */
    static List<Query> facets(Map<Facet, List<String>> filters) {
        return filters.entrySet().stream()
                .map(entry -> facet(entry.getKey(), entry.getValue()))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Query> facet(Facet facet, List<String> values) {
        TreeSet<String> terms = new TreeSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                terms.add(normalize(facet, value.strip()));
            }
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        // one query however many values, so that no list of values can exceed the clause limit
        return Optional.of(new TermInSetQuery(ResourceDocuments.filterField(facet),
                terms.stream().map(BytesRef::new).toList()));
    }

    /** Values as the index holds them; what cannot match is left as it is and simply matches nothing. */
    static String normalize(Facet facet, String value) {
        return switch (facet) {
            case ORGANIZATION -> value;
            // a short code (42, 4205, 420506) stands for its division, as in the source files
            case DIVISION -> value.length() < 12 && value.chars().allMatch(c -> c >= '0' && c <= '9')
                    ? DivisionCodes.pad(value) : value;
            case HIGH_QUALITY -> value.toLowerCase(Locale.ROOT);
            default -> value.toUpperCase(Locale.ROOT);
        };
    }

    private static Query visibleIn(String catalog) {
        return new TermQuery(new Term(ResourceDocuments.VISIBLE, catalog));
    }
}
