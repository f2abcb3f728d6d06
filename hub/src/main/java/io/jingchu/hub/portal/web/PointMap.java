package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.query.Coordinates;
import io.jingchu.hub.query.QueryApi;
import io.jingchu.hub.query.RowsAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The map of points on a dataset's page: the fields holding longitude and latitude by the query module's rule
 * (the one GeoJSON exports use), a field naming each point for its tooltip, and the first {@link #POINTS} rows of
 * the preview's selection read through the query API.
 *
 * @param name the point's name in the tooltip: a text field named or labelled as a name (…name, 名称), else the
 *        first text key, else the first text field; none when the schema has no text
 */
record PointMap(String longitude, String latitude, @Nullable String name) {

    /** Points drawn at most; the page says so. */
    static final int POINTS = 5000;

    /** The map of a version with these fields, or none when they hold no coordinates. */
    static Optional<PointMap> of(List<FieldSpec> fields) {
        return Coordinates.of(fields).map(c -> new PointMap(c.longitude(), c.latitude(), nameField(fields)));
    }

    /** The points of the preview's selection, [longitude, latitude, name] each, with how many rows it has. */
    Points points(QueryApi query, Caller caller, String clientAddress, Preview preview) {
        MultiValueMap<String, String> params = preview.selection();
        params.remove("sort");
        params.add("fields", longitude + "," + latitude + (name == null ? "" : "," + name));
        params.add("filter", longitude + ":notnull");
        params.add("filter", latitude + ":notnull");
        params.add("limit", Integer.toString(POINTS));
        params.add("include_total", "exact");
        RowsAnswer answer = query.rows(caller, clientAddress, preview.code(), params);
        List<Object[]> points = new ArrayList<>(answer.rows().size());
        for (Object[] row : answer.rows()) {
            points.add(new Object[] {row[0], row[1], name == null ? "" : String.valueOf(row[2])});
        }
        long total = answer.total() == null ? points.size() : answer.total().value();
        return new Points(answer.columns().get(0).label(), answer.columns().get(1).label(), points, total, POINTS);
    }

    private static @Nullable String nameField(List<FieldSpec> fields) {
        List<FieldSpec> texts = fields.stream().filter(f -> f.type() == FieldType.STRING).toList();
        return texts.stream().filter(f -> f.name().endsWith("name") || f.label().contains("名称")).findFirst()
                .or(() -> texts.stream().filter(FieldSpec::key).findFirst())
                .or(() -> texts.stream().findFirst())
                .map(FieldSpec::name).orElse(null);
    }

    /**
     * What the page's script draws: the axes' names, the points, how many rows the selection has with
     * coordinates, and the most drawn.
     */
    record Points(String xName, String yName, List<Object[]> points, long total, int limit) {
    }
}
