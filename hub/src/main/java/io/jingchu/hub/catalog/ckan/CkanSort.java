package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.SearchQuery;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CKAN sort orders the hub can honour, each mapped to a catalog sort. Others (descending titles, creation date,
 * views) are refused rather than silently answered in a different order.
 *
 * @param ckan the canonical CKAN spelling, echoed in the search result
 */
record CkanSort(String ckan, SearchQuery.Sort sort) {

    static final CkanSort DEFAULT = new CkanSort("score desc, metadata_modified desc", SearchQuery.Sort.RELEVANCE);

    private static final Map<String, CkanSort> SUPPORTED = Map.of(
            "score desc, metadata_modified desc", DEFAULT,
            "score desc", DEFAULT,
            "metadata_modified desc", new CkanSort("metadata_modified desc", SearchQuery.Sort.UPDATED),
            "title_string asc", new CkanSort("title_string asc", SearchQuery.Sort.TITLE),
            "name asc", new CkanSort("name asc", SearchQuery.Sort.CODE));

    static CkanSort parse(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String normalized = sort.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?, ?", ", ");
        CkanSort known = SUPPORTED.get(normalized);
        if (known == null) {
            throw CkanException.invalid("sort", "unsupported sort order (supported: score desc, metadata_modified desc;"
                    + " metadata_modified desc; title_string asc; name asc)");
        }
        return known;
    }
}
