package io.jingchu.hub.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A catalog search: Chinese full text over title, description, keywords and field labels, narrowed by
 * facet filters, sorted and paged.
 *
 * @param text the words to look for; blank matches everything
 * @param filters facet name → accepted values (OR within a facet, AND across facets); facet names are
 *        those of {@link Facet}
 * @param facets which facets to count in the result
 * @param sort RELEVANCE (default), UPDATED (newest first), TITLE, or CODE
 * @param offset first hit to return, from 0
 * @param limit how many hits, 1 to 100
 */
public record SearchQuery(@Nullable String text, Map<Facet, List<String>> filters, List<Facet> facets, Sort sort,
        int offset, int limit) {

    public SearchQuery {
        filters = Map.copyOf(filters);
        facets = List.copyOf(facets);
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit out of 1..100");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), List.of(Facet.values()), Sort.RELEVANCE, 0, 20);
    }

    /** The dimensions a search can be narrowed and counted by. */
    public enum Facet {
        ORGANIZATION, DIVISION, LEVEL, THEME, GRADE, OPENING, SHARING, STATE, HIGH_QUALITY
    }

    public enum Sort {
        RELEVANCE, UPDATED, TITLE, CODE
    }
}
