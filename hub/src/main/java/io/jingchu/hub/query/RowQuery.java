package io.jingchu.hub.query;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One question about a dataset version's rows, already checked against the version's schema: every name is a
 * field of that schema (or an aggregate's alias), every value has the Java type of its field
 * ({@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate}, {@code LocalDateTime}).
 * Nothing here is request text; an engine writes names as quoted identifiers and binds every value.
 *
 * @param fields the fields to return, in order (ungrouped queries)
 * @param filters conditions that all hold
 * @param text a case-insensitive substring looked for in any of its fields ({@code q})
 * @param sort sort keys, most significant first; the engine breaks ties by the rows' position in the file
 * @param groupBy fields to group by; with {@code aggregates}, the query answers one row per group
 * @param aggregates aggregate columns; non-empty makes the query grouped (one row for the whole selection when
 *        {@code groupBy} is empty)
 * @param distinct whether equal rows are returned once (CKAN's {@code distinct})
 * @param rowIds whether each row starts with {@code _id}, its 1-based position in the file (CKAN's {@code _id})
 * @param offset rows to skip
 * @param limit page size; exports ignore it
 * @param after the keyset position to continue after, instead of an offset
 */
public record RowQuery(List<String> fields, List<Filter> filters, @Nullable TextSearch text, List<SortKey> sort,
        List<String> groupBy, List<Aggregate> aggregates, boolean distinct, boolean rowIds, long offset, int limit,
        @Nullable Position after) {

    public RowQuery {
        fields = List.copyOf(fields);
        filters = List.copyOf(filters);
        sort = List.copyOf(sort);
        groupBy = List.copyOf(groupBy);
        aggregates = List.copyOf(aggregates);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("negative offset or limit");
        }
        if (after != null && (!aggregates.isEmpty() || distinct)) {
            throw new IllegalArgumentException("keyset paging is for plain rows only");
        }
    }

    public boolean grouped() {
        return !aggregates.isEmpty();
    }

    /** Whether the query narrows the version's rows at all. */
    public boolean filtered() {
        return !filters.isEmpty() || text != null;
    }

    /** Whether it selects the version as it is: all rows, all fields, file order. */
    public boolean wholeVersion(List<String> schema) {
        return !filtered() && !grouped() && !distinct && !rowIds && sort.isEmpty() && fields.equals(schema);
    }

    /** The columns of the answer, in order: the fields, or the group fields and then the aggregates. */
    public List<ResultColumn> columns(List<FieldSpec> schema) {
        java.util.Map<String, FieldSpec> byName = new java.util.HashMap<>();
        schema.forEach(f -> byName.put(f.name(), f));
        List<ResultColumn> columns = new java.util.ArrayList<>();
        if (rowIds && !grouped()) {
            columns.add(new ResultColumn("_id", "序号", FieldType.INTEGER, null));
        }
        for (String name : grouped() ? groupBy : fields) {
            FieldSpec f = Objects.requireNonNull(byName.get(name), name);
            columns.add(new ResultColumn(f.name(), f.label(), f.type(), f.unit()));
        }
        for (Aggregate a : aggregates) {
            columns.add(a.column(a.field() == null ? null : byName.get(a.field())));
        }
        return List.copyOf(columns);
    }

    public RowQuery withPaging(long newOffset, int newLimit, @Nullable Position newAfter) {
        return new RowQuery(fields, filters, text, sort, groupBy, aggregates, distinct, rowIds, newOffset, newLimit,
                newAfter);
    }

    /** A condition on one field. {@code values} holds one value, two for BETWEEN, any number for IN, none for NULL. */
    public record Filter(String field, FilterOp op, List<Object> values) {
        public Filter {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            values = List.copyOf(values);
        }
    }

    public enum FilterOp {
        EQ, NE, LT, LTE, GT, GTE, IN, BETWEEN, LIKE, CONTAINS, NULL, NOT_NULL
    }

    /** Full-text contains: the text occurs, ignoring case, in at least one of the fields. */
    public record TextSearch(String text, List<String> fields) {
        public TextSearch {
            Objects.requireNonNull(text, "text");
            fields = List.copyOf(fields);
        }
    }

    /** A sort key: a field, or in a grouped query also an aggregate's alias. Nulls sort last either way. */
    public record SortKey(String name, boolean descending) {
        public SortKey {
            Objects.requireNonNull(name, "name");
        }

        /** As the request spells it: {@code -name} for descending. */
        @Override
        public String toString() {
            return descending ? "-" + name : name;
        }
    }

    /** An aggregate column; {@code field} is null only for COUNT of rows. */
    public record Aggregate(AggregateFunction function, @Nullable String field) {
        public Aggregate {
            Objects.requireNonNull(function, "function");
            if ((field == null) != (function == AggregateFunction.COUNT)) {
                throw new IllegalArgumentException(function + " needs " + (field == null ? "a" : "no") + " field");
            }
        }

        /** The column's name in answers: {@code count}, {@code sum_capital}, {@code count_distinct_name}. */
        public String alias() {
            return field == null ? "count" : function.name().toLowerCase(Locale.ROOT) + "_" + field;
        }

        /** The answer's column: counts are integers, averages decimals, the rest keep the field's type. */
        ResultColumn column(@Nullable FieldSpec spec) {
            if (spec == null) {
                return new ResultColumn(alias(), "记录数", FieldType.INTEGER, null);
            }
            return switch (function) {
                case COUNT -> new ResultColumn(alias(), spec.label() + "（计数）", FieldType.INTEGER, null);
                case COUNT_DISTINCT -> new ResultColumn(alias(), spec.label() + "（不同值数）", FieldType.INTEGER, null);
                case SUM -> new ResultColumn(alias(), spec.label() + "（合计）", spec.type(), spec.unit());
                case AVG -> new ResultColumn(alias(), spec.label() + "（平均）", FieldType.DECIMAL, spec.unit());
                case MIN -> new ResultColumn(alias(), spec.label() + "（最小）", spec.type(), spec.unit());
                case MAX -> new ResultColumn(alias(), spec.label() + "（最大）", spec.type(), spec.unit());
            };
        }
    }

    public enum AggregateFunction {
        COUNT, SUM, AVG, MIN, MAX, COUNT_DISTINCT
    }

    /**
     * Where a keyset page ends: the sort keys' values of its last row and that row's position in the file, which
     * makes the order total.
     */
    public record Position(List<@Nullable Object> values, long row) {
        public Position {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            if (row < 0) {
                throw new IllegalArgumentException("row");
            }
        }
    }
}
