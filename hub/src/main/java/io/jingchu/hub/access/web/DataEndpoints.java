package io.jingchu.hub.access.web;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The endpoints that serve data rather than metadata, and so fall under rate limits and quotas: rows,
 * exports, version downloads and the CKAN DataStore actions. Matched the way Spring MVC matches them
 * (decoded segments, no trailing slash), so that no spelling of a path reaches a data controller uncounted.
 */
final class DataEndpoints {

    static final List<String> PATTERNS = List.of(
            "/api/v1/resources/*/rows",
            "/api/v1/resources/*/export.*",
            "/api/v1/resources/*/versions/*/download",
            "/api/3/action/datastore_search",
            "/api/3/action/datastore_search_sql");

    private final List<PathPattern> patterns;

    DataEndpoints() {
        PathPatternParser parser = new PathPatternParser();
        this.patterns = PATTERNS.stream().map(parser::parse).toList();
    }

    /** Whether a request path (without the context path) is a data endpoint. */
    boolean matches(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return patterns.stream().anyMatch(p -> p.matches(container));
    }
}
