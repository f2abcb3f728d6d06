package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A search's facet counts as pages show them: labelled values for lists, and the series ECharts draws, as JSON
 * for a {@code data-chart} attribute (the page's script reads it; no inline script).
 */
@Component
class FacetCounts {

    private final Labels labels;
    private final JsonMapper json;

    FacetCounts(Labels labels, JsonMapper json) {
        this.labels = labels;
        this.json = json;
    }

    /** One value of a facet with its count; {@code url} is where choosing it leads. */
    public record Value(String value, String label, long count, boolean selected, String url) {
    }

    /** A facet's values, at most {@code limit} of them, most frequent first. */
    List<Value> values(SearchResult result, Facet facet, int limit, BiFunction<String, Boolean, String> url,
            java.util.function.Predicate<String> selected) {
        List<Value> values = new ArrayList<>();
        for (Map.Entry<String, Long> e : result.facets().getOrDefault(facet, Map.of()).entrySet()) {
            if (values.size() == limit) {
                break;
            }
            boolean chosen = selected.test(e.getKey());
            values.add(new Value(e.getKey(), labels.of(facet, e.getKey()), e.getValue(), chosen,
                    url.apply(e.getKey(), chosen)));
        }
        return values;
    }

    /** A chart of one facet's counts: {@code {"kind": "bar", "title": …, "labels": […], "values": […]}}. */
    String chart(SearchResult result, Facet facet, String kind, String title, int limit) {
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Map.Entry<String, Long> e : result.facets().getOrDefault(facet, Map.of()).entrySet()) {
            if (names.size() == limit) {
                break;
            }
            names.add(labels.of(facet, e.getKey()));
            counts.add(e.getValue());
        }
        return chart(kind, title, names, counts);
    }

    /** A chart of any labelled counts, in the same form. */
    String chart(String kind, String title, List<String> names, List<Long> counts) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", kind);
        chart.put("title", title);
        chart.put("labels", names);
        chart.put("values", counts);
        return json.writeValueAsString(chart);
    }
}
