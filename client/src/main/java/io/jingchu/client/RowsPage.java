package io.jingchu.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Rows of a resource's data as the hub returned them: the column names, each row as the values of those
 * columns in order, and the total when the hub counted it.
 *
 * @param columns field names, in the order the values come in
 * @param rows each row's values, one per column (JSON values as the hub sent them; a missing value is null)
 * @param total how many rows match in all, or null when not counted
 * @param nextCursor where the next page starts, or null on the last page
 * @param json the whole answer as received
 */
public record RowsPage(List<String> columns, List<List<JsonNode>> rows, Long total, String nextCursor,
        JsonNode json) {

    public RowsPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Reads an answer whose rows are objects (field → value) or arrays (values in column order), under
     * {@code rows} (or CKAN's {@code records}); the column names come from {@code fields} (names, or objects
     * with a {@code name}), else from {@code columns}, else from the members of the row objects.
     */
    static RowsPage from(JsonNode answer) {
        JsonNode rowNodes = answer.isArray() ? answer
                : answer.has("rows") ? answer.path("rows") : answer.path("records");
        List<String> columns = columnNames(answer.path("fields"));
        if (columns.isEmpty()) {
            columns = columnNames(answer.path("columns"));
        }
        if (columns.isEmpty()) {
            Set<String> members = new LinkedHashSet<>();
            for (JsonNode row : rowNodes) {
                if (row.isObject()) {
                    members.addAll(row.propertyNames());
                }
            }
            columns = List.copyOf(members);
        }
        List<List<JsonNode>> rows = new ArrayList<>();
        for (JsonNode row : rowNodes) {
            List<JsonNode> values = new ArrayList<>(columns.size());
            for (int column = 0; column < columns.size(); column++) {
                JsonNode value = row.isArray() ? row.get(column) : row.get(columns.get(column));
                values.add(value == null || value.isNull() ? null : value);
            }
            rows.add(values);
        }
        JsonNode total = answer.path("total");
        JsonNode cursor = answer.path("nextCursor");
        return new RowsPage(columns, rows, total.isNumber() ? total.asLong() : null,
                cursor.isString() ? cursor.asString() : null, answer);
    }

    private static List<String> columnNames(JsonNode fields) {
        List<String> names = new ArrayList<>();
        for (JsonNode field : fields) {
            String name = field.isString() ? field.asString() : field.path("name").asString(null);
            if (name == null) {
                name = field.path("id").asString(null);
            }
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }
}
