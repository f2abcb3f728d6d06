package io.jingchu.hub.catalog.web;

import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchResult;
import java.util.List;
import java.util.Map;

/** One page of search results as the REST API shows it. */
record SearchPage(long total, int offset, int limit, List<SearchResult.Hit> hits,
        Map<Facet, Map<String, Long>> facets) {
}
