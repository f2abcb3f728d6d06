package io.jingchu.client;

import java.util.Map;

/**
 * One matching resource.
 *
 * @param highlights member (title, description, keywords, fields) → HTML snippet in which only {@code <em>}
 *        is markup
 */
public record SearchHit(Resource resource, double score, Map<String, String> highlights) {

    public SearchHit {
        highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
    }
}
