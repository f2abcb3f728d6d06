package io.jingchu.hub.portal.web;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.query.QueryApi;
import io.jingchu.hub.query.RowsAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws what a {@link ChartRequest} asks for from the query API's groups (or rows, for scatter), as the JSON the
 * page's script hands to ECharts: {@code labels} and {@code values}, or {@code points} for scatter.
 */
@Component
class ChartBuilder {

    private final QueryApi query;
    private final JsonMapper json;

    ChartBuilder(QueryApi query, JsonMapper json) {
        this.query = query;
        this.json = json;
    }

    String chart(Caller caller, String clientAddress, String code, Preview preview, ChartRequest request) {
        RowsAnswer answer = query.rows(caller, clientAddress, code, request.rowParameters(preview));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", request.kind());
        chart.put("title", answer.columns().get(1).label() + " / " + answer.columns().get(0).label());
        chart.put("xName", answer.columns().get(0).label());
        chart.put("yName", answer.columns().get(1).label());
        if (request.kind().equals("scatter")) {
            chart.put("points", answer.rows().stream().filter(r -> r[0] != null && r[1] != null)
                    .map(r -> List.of(r[0], r[1])).toList());
        } else {
            List<String> labels = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Object[] row : answer.rows()) {
                labels.add(row[0] == null ? "—" : row[0].toString());
                values.add(row[1] == null ? 0 : row[1]);
            }
            chart.put("labels", labels);
            chart.put("values", values);
        }
        return json.writeValueAsString(chart);
    }
}
