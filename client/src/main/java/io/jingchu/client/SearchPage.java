package io.jingchu.client;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One page of search hits with the total and the facet counts over everything that matched.
 *
 * @param facets facet (THEME, GRADE, ORGANIZATION …) → value → count, in the hub's order (most first)
 * @param json the whole answer as received
 */
public record SearchPage(long total, int offset, int limit, List<SearchHit> hits,
        Map<String, Map<String, Long>> facets, JsonNode json) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
