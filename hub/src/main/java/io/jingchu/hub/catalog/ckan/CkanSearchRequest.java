package io.jingchu.hub.catalog.ckan;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A package_search call, checked: the text, the filter clauses of {@code fq} and {@code fq_list}, the sort, the
 * page ({@code rows} 10 by default and clamped to 1000 as CKAN does; {@code start}) and the facets asked for.
 *
 * @param text the words to look for, null for everything ({@code *:*} included)
 * @param facetLimit how many values per facet, negative for all
 * @param includePrivate whether to search everything the caller may see rather than only the open catalog
 */
record CkanSearchRequest(@Nullable String text, List<FilterQuery.Clause> filters, CkanSort sort, int rows, int start,
        List<String> facetFields, int facetLimit, boolean includePrivate) {

    static final int DEFAULT_ROWS = 10;
    static final int MAX_ROWS = 1000;
    static final int MAX_START = 1_000_000;
    static final int MAX_FACET_FIELDS = 20;

    CkanSearchRequest {
        filters = List.copyOf(filters);
        facetFields = List.copyOf(facetFields);
    }

    static CkanSearchRequest from(CkanParameters parameters) {
        String q = parameters.string("q");
        String text = q == null || q.isBlank() || q.strip().equals("*:*") ? null : q.strip();
        List<FilterQuery.Clause> filters = new ArrayList<>(FilterQuery.parse(parameters.string("fq")));
        for (String fq : parameters.list("fq_list")) {
            filters.addAll(FilterQuery.parse(fq));
        }
        if (filters.size() > FilterQuery.MAX_CLAUSES) {
            throw CkanException.invalid("fq", "more than " + FilterQuery.MAX_CLAUSES + " clauses");
        }
        int rows = Math.min(parameters.natural("rows", DEFAULT_ROWS), MAX_ROWS);
        int start = parameters.natural("start", 0);
        if (start > MAX_START) {
            throw CkanException.invalid("start", "Must be at most " + MAX_START);
        }
        List<String> facetFields = parameters.list("facet.field");
        if (facetFields.size() > MAX_FACET_FIELDS) {
            throw CkanException.invalid("facet.field", "At most " + MAX_FACET_FIELDS + " facet fields");
        }
        return new CkanSearchRequest(text, filters, CkanSort.parse(parameters.string("sort")), rows, start,
                facetFields, parameters.integer("facet.limit", 50), parameters.bool("include_private"));
    }
}
