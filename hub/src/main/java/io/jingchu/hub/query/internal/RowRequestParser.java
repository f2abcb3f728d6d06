package io.jingchu.hub.query.internal;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.RowQuery;
import io.jingchu.hub.query.RowQuery.Aggregate;
import io.jingchu.hub.query.RowQuery.AggregateFunction;
import io.jingchu.hub.query.RowQuery.Filter;
import io.jingchu.hub.query.RowQuery.FilterOp;
import io.jingchu.hub.query.RowQuery.Position;
import io.jingchu.hub.query.RowQuery.SortKey;
import io.jingchu.hub.query.RowQuery.TextSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the row API's parameters into a {@link RowQuery} against one version's schema. Every name must be a field
 * of that schema ({@code UNKNOWN_FIELD} naming the parameter otherwise), every value must be a value of its
 * field's type ({@code FILTER_INVALID} naming the filter); nothing of the request survives as text except values
 * of text fields, which the engine binds.
 *
 * <p>Parameters: {@code fields=a,b}; repeated {@code filter=field:op:value}; {@code q}; {@code sort=-a,b};
 * {@code group_by=a,b} with {@code aggregate=count,sum:x,…}; for pages also {@code limit}, {@code offset},
 * {@code cursor} and {@code include_total}.
 */
public final class RowRequestParser {

    /** Whether the request asks for a page or for everything (an export, which has no paging). */
    public enum Mode { PAGE, EXPORT }

    /** How the page's total is wanted. */
    public enum Total { NONE, EXACT, ESTIMATE }

    /**
     * @param sort the sort as a cursor records it
     */
    public record Parsed(RowQuery query, Total total, String sort) {
    }

    private static final int MAX_VALUES = 1000;
    private static final int MAX_TEXT = 1000;
    private static final int MAX_SORT_KEYS = 8;
    private static final Set<String> SINGLE = Set.of("fields", "q", "sort", "limit", "offset", "cursor",
            "include_total", "group_by", "aggregate", "version", "header");

    private final int defaultLimit;
    private final int maxLimit;
    private final CursorCodec cursors;

    public RowRequestParser(int defaultLimit, int maxLimit, CursorCodec cursors) {
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.cursors = cursors;
    }

    public Parsed parse(Map<String, List<String>> params, String resourceCode, DatasetVersion version, Mode mode) {
        for (String name : SINGLE) {
            List<String> values = params.get(name);
            if (values != null && values.size() > 1) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, name);
            }
        }
        Map<String, FieldSpec> schema = new LinkedHashMap<>();
        version.fields().forEach(f -> schema.put(f.name(), f));

        List<String> groupBy = names(one(params, "group_by"), schema, "group_by");
        List<Aggregate> aggregates = aggregates(one(params, "aggregate"), schema, groupBy);
        boolean grouped = !aggregates.isEmpty();

        String fieldsParam = one(params, "fields");
        if (grouped && fieldsParam != null) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "fields");
        }
        List<String> fields = fieldsParam == null ? List.copyOf(schema.keySet()) : names(fieldsParam, schema, "fields");
        if (fields.isEmpty()) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "fields");
        }

        List<Filter> filters = new ArrayList<>();
        for (String filter : params.getOrDefault("filter", List.of())) {
            filters.add(filter(filter, schema));
        }
        TextSearch text = text(one(params, "q"), schema);

        Set<String> sortable = new LinkedHashSet<>(grouped ? groupBy : schema.keySet());
        aggregates.forEach(a -> sortable.add(a.alias()));
        List<SortKey> sort = sort(one(params, "sort"), sortable);
        String sortSpec = String.join(",", sort.stream().map(SortKey::toString).toList());

        long offset = 0;
        int limit = defaultLimit;
        Total total = Total.NONE;
        Position after = null;
        if (mode == Mode.PAGE) {
            limit = limit(one(params, "limit"));
            offset = offset(one(params, "offset"));
            total = total(one(params, "include_total"));
            String cursor = one(params, "cursor");
            if (cursor != null) {
                if (grouped) {
                    throw DomainException.onField(ErrorCode.CURSOR_INVALID, "cursor");
                }
                if (offset != 0) {
                    throw DomainException.onField(ErrorCode.FIELD_INVALID, "offset");
                }
                List<FieldType> types = sort.stream().map(k -> schema.get(k.name()).type()).toList();
                after = cursors.decode(cursor, resourceCode, version.number(), sortSpec, types);
            }
        }
        RowQuery query = new RowQuery(grouped ? List.of() : fields, filters, text, sort, groupBy, aggregates, false,
                false, offset, limit, after);
        return new Parsed(query, total, sortSpec);
    }

    private static @Nullable String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A comma-separated list of field names, each known, none twice. */
    private static List<String> names(@Nullable String list, Map<String, FieldSpec> schema, String param) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String item : list.split(",", -1)) {
            String name = item.strip();
            if (!schema.containsKey(name)) {
                throw DomainException.onField(ErrorCode.UNKNOWN_FIELD, param, name);
            }
            if (!names.add(name)) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, param);
            }
        }
        return List.copyOf(names);
    }

    private static List<Aggregate> aggregates(@Nullable String list, Map<String, FieldSpec> schema,
            List<String> groupBy) {
        if (list == null || list.isBlank()) {
            return groupBy.isEmpty() ? List.of() : List.of(new Aggregate(AggregateFunction.COUNT, null));
        }
        List<Aggregate> aggregates = new ArrayList<>();
        Set<String> aliases = new LinkedHashSet<>();
        for (String item : list.split(",", -1)) {
            String spec = item.strip();
            Aggregate aggregate;
            if (spec.equals("count")) {
                aggregate = new Aggregate(AggregateFunction.COUNT, null);
            } else {
                int colon = spec.indexOf(':');
                if (colon < 0) {
                    throw DomainException.onField(ErrorCode.FIELD_INVALID, "aggregate");
                }
                AggregateFunction function = switch (spec.substring(0, colon)) {
                    case "sum" -> AggregateFunction.SUM;
                    case "avg" -> AggregateFunction.AVG;
                    case "min" -> AggregateFunction.MIN;
                    case "max" -> AggregateFunction.MAX;
                    case "count_distinct" -> AggregateFunction.COUNT_DISTINCT;
                    default -> throw DomainException.onField(ErrorCode.FIELD_INVALID, "aggregate");
                };
                String field = spec.substring(colon + 1);
                FieldSpec f = schema.get(field);
                if (f == null) {
                    throw DomainException.onField(ErrorCode.UNKNOWN_FIELD, "aggregate", field);
                }
                if ((function == AggregateFunction.SUM || function == AggregateFunction.AVG)
                        && !FieldValues.numeric(f.type())) {
                    throw DomainException.onField(ErrorCode.FIELD_INVALID, "aggregate");
                }
                aggregate = new Aggregate(function, field);
            }
            // An alias that repeats another, or that names a field, would make sorting ambiguous.
            if (!aliases.add(aggregate.alias()) || schema.containsKey(aggregate.alias())) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, "aggregate");
            }
            aggregates.add(aggregate);
        }
        return List.copyOf(aggregates);
    }

    /** {@code field:op:value}; the value is everything after the second colon and may hold colons itself. */
    private static Filter filter(String text, Map<String, FieldSpec> schema) {
        int first = text.indexOf(':');
        if (first < 0) {
            throw invalidFilter(text);
        }
        String name = text.substring(0, first);
        FieldSpec field = schema.get(name);
        if (field == null) {
            throw DomainException.onField(ErrorCode.UNKNOWN_FIELD, "filter", name);
        }
        int second = text.indexOf(':', first + 1);
        String opText = second < 0 ? text.substring(first + 1) : text.substring(first + 1, second);
        String value = second < 0 ? null : text.substring(second + 1);
        if (value != null && value.length() > MAX_TEXT * 10) {
            throw invalidFilter(text);
        }
        FilterOp op = switch (opText) {
            case "eq" -> FilterOp.EQ;
            case "ne" -> FilterOp.NE;
            case "lt" -> FilterOp.LT;
            case "lte" -> FilterOp.LTE;
            case "gt" -> FilterOp.GT;
            case "gte" -> FilterOp.GTE;
            case "in" -> FilterOp.IN;
            case "between" -> FilterOp.BETWEEN;
            case "like" -> FilterOp.LIKE;
            case "contains" -> FilterOp.CONTAINS;
            case "null" -> FilterOp.NULL;
            case "notnull" -> FilterOp.NOT_NULL;
            default -> throw invalidFilter(text);
        };
        if (op == FilterOp.NULL || op == FilterOp.NOT_NULL) {
            if (value != null && !value.isEmpty()) {
                throw invalidFilter(text);
            }
            return new Filter(name, op, List.of());
        }
        if (value == null) {
            throw invalidFilter(text);
        }
        if ((op == FilterOp.LIKE || op == FilterOp.CONTAINS) && field.type() != FieldType.STRING) {
            throw invalidFilter(text);
        }
        List<String> texts = switch (op) {
            case IN, BETWEEN -> split(value);
            default -> List.of(value);
        };
        if ((op == FilterOp.BETWEEN && texts.size() != 2) || texts.size() > MAX_VALUES
                || (op == FilterOp.CONTAINS && value.isEmpty())) {
            throw invalidFilter(text);
        }
        List<Object> values = new ArrayList<>(texts.size());
        for (String t : texts) {
            values.add(FieldValues.parse(field.type(), t).orElseThrow(() -> invalidFilter(text)));
        }
        return new Filter(name, op, values);
    }

    /** Splits on commas; a backslash makes the next character (a comma or a backslash) plain. */
    static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && (value.charAt(i + 1) == ',' || value.charAt(i + 1) == '\\')) {
                current.append(value.charAt(++i));
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static @Nullable TextSearch text(@Nullable String q, Map<String, FieldSpec> schema) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_TEXT) {
            throw DomainException.onField(ErrorCode.FIELD_TOO_LONG, "q");
        }
        List<String> textFields = schema.values().stream().filter(f -> f.type() == FieldType.STRING)
                .map(FieldSpec::name).toList();
        return new TextSearch(q.strip(), textFields);
    }

    private static List<SortKey> sort(@Nullable String spec, Set<String> sortable) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String item : spec.split(",", -1)) {
            String key = item.strip();
            boolean descending = key.startsWith("-");
            String name = descending || key.startsWith("+") ? key.substring(1) : key;
            if (!sortable.contains(name)) {
                throw DomainException.onField(ErrorCode.UNKNOWN_FIELD, "sort", name);
            }
            if (!seen.add(name) || keys.size() == MAX_SORT_KEYS) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, "sort");
            }
            keys.add(new SortKey(name, descending));
        }
        return List.copyOf(keys);
    }

    private int limit(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return defaultLimit;
        }
        long limit = number(text, "limit");
        if (limit > maxLimit) {
            throw DomainException.onField(ErrorCode.ROW_LIMIT_EXCEEDED, "limit", maxLimit);
        }
        return (int) limit;
    }

    private static long offset(@Nullable String text) {
        return text == null || text.isBlank() ? 0 : number(text, "offset");
    }

    private static long number(String text, String param) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, param);
            }
            return value;
        } catch (NumberFormatException e) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, param);
        }
    }

    private static Total total(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Total.NONE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "exact", "true" -> Total.EXACT;
            case "estimate" -> Total.ESTIMATE;
            case "false" -> Total.NONE;
            default -> throw DomainException.onField(ErrorCode.FIELD_INVALID, "include_total");
        };
    }

    private static DomainException invalidFilter(String filter) {
        return DomainException.onField(ErrorCode.FILTER_INVALID, "filter", filter).withProperty("filter", filter);
    }
}
