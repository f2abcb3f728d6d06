package io.jingchu.hub.catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the total and the facet counts over all matching resources.
 *
 * @param facets facet → value → count, values ordered by count descending
 */
public record SearchResult(long total, List<Hit> hits, Map<SearchQuery.Facet, Map<String, Long>> facets) {

    /**
     * One matching resource with highlighted snippets.
     *
     * @param highlights field (title, description, keywords, fields) → HTML snippet in which only
     *        {@code <em>} is markup and all other text is escaped
     */
    public record Hit(DataResource resource, float score, Map<String, String> highlights) {
    }
}
