package io.jingchu.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A selection of rows of a resource's data: which fields, which rows (filters, all of which must hold), in
 * what order and how many. Sent as query parameters: {@code fields=a,b}, one {@code filter=field:op:value}
 * per filter, {@code sort=-x,y}, {@code limit=N}.
 *
 * <pre>{@code
 * RowsQuery.builder().fields("name", "population").filter("population", "gte", "1000").sort("-population").limit(20).build();
 * }</pre>
 *
 * @param fields the fields to return, in order; all when empty
 * @param filters each {@code field:op:value}, such as {@code population:gte:1000}
 * @param sort fields separated by commas, a {@code -} before one sorting it in descending order; null for the
 *     hub's order
 * @param limit at most this many rows; the hub's default when null
 */
public record RowsQuery(List<String> fields, List<String> filters, String sort, Integer limit) {

    public RowsQuery {
        fields = fields == null ? List.of() : List.copyOf(fields);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    /** Everything, in the hub's order, as many rows as the hub returns by default. */
    public static RowsQuery all() {
        return new RowsQuery(List.of(), List.of(), null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The query parameters, in a fixed order. */
    List<Map.Entry<String, String>> queryParameters() {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (!fields.isEmpty()) {
            parameters.add(Map.entry("fields", String.join(",", fields)));
        }
        filters.forEach(filter -> parameters.add(Map.entry("filter", filter)));
        if (sort != null && !sort.isBlank()) {
            parameters.add(Map.entry("sort", sort));
        }
        if (limit != null) {
            parameters.add(Map.entry("limit", Integer.toString(limit)));
        }
        return parameters;
    }

    /** Builds a {@link RowsQuery}; nothing is required. */
    public static final class Builder {
        private final List<String> fields = new ArrayList<>();
        private final List<String> filters = new ArrayList<>();
        private String sort;
        private Integer limit;

        private Builder() {
        }

        public Builder fields(String... names) {
            fields.addAll(List.of(names));
            return this;
        }

        /** One condition, such as {@code filter("population", "gte", "1000")}. */
        public Builder filter(String field, String operator, String value) {
            filters.add(Objects.requireNonNull(field, "field") + ":" + Objects.requireNonNull(operator, "operator")
                    + ":" + Objects.requireNonNull(value, "value"));
            return this;
        }

        /** One condition already written as {@code field:op:value}. */
        public Builder filter(String condition) {
            filters.add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        public Builder sort(String sortOrder) {
            this.sort = sortOrder;
            return this;
        }

        public Builder limit(Integer maxRows) {
            this.limit = maxRows;
            return this;
        }

        public RowsQuery build() {
            return new RowsQuery(fields, filters, sort, limit);
        }
    }
}
