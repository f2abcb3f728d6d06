package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * What the chart builder on a dataset's page draws, from the page's URL: a kind ({@code chart}), a field for x
 * ({@code x}), and for y an aggregate ({@code agg}) of a field ({@code y}, none for a count). Scatter charts plot
 * the rows' x and y values themselves.
 */
public record ChartRequest(String kind, String x, String aggregate, @Nullable String y) {

    static final List<String> KINDS = List.of("bar", "line", "pie", "scatter");
    static final List<String> AGGREGATES = List.of("count", "sum", "avg", "min", "max");
    /** Groups drawn at most (the largest, or the first by x for a line), and points of a scatter chart. */
    static final int GROUPS = 50;
    static final int POINTS = 1000;

    /** The chart the parameters ask for, or null when they ask for none (no field for x). */
    static @Nullable ChartRequest read(MultiValueMap<String, String> params) {
        String x = params.getFirst("x");
        if (x == null || x.isBlank()) {
            return null;
        }
        String kind = orDefault(params.getFirst("chart"), "bar");
        String aggregate = orDefault(params.getFirst("agg"), "count");
        String y = params.getFirst("y");
        if (!KINDS.contains(kind)) {
            throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, "chart", kind);
        }
        if (!AGGREGATES.contains(aggregate)) {
            throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, "agg", aggregate);
        }
        y = y == null || y.isBlank() ? null : y.strip();
        if (y == null && (kind.equals("scatter") || !aggregate.equals("count"))) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "y");
        }
        return new ChartRequest(kind, x.strip(), aggregate, y);
    }

    /** The row API's parameters: the preview's selection, grouped by x, or x and y of each row for scatter. */
    Map<String, List<String>> rowParameters(Preview preview) {
        MultiValueMap<String, String> params = preview.selection();
        params.remove("sort");
        if (kind.equals("scatter")) {
            params.add("fields", x + "," + y);
            params.add("limit", Integer.toString(POINTS));
            return params;
        }
        String column = aggregate.equals("count") ? "count" : aggregate + "_" + y;
        params.add("group_by", x);
        params.add("aggregate", aggregate.equals("count") ? "count" : aggregate + ":" + y);
        params.add("sort", kind.equals("line") ? x : "-" + column);
        params.add("limit", Integer.toString(GROUPS));
        return params;
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
