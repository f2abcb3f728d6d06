package io.jingchu.hub.query.ckan;

import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.RowEngine;
import io.jingchu.hub.query.RowPage;
import io.jingchu.hub.query.RowQuery;
import io.jingchu.hub.query.RowQuery.Filter;
import io.jingchu.hub.query.RowQuery.FilterOp;
import io.jingchu.hub.query.RowQuery.SortKey;
import io.jingchu.hub.query.RowQuery.TextSearch;
import io.jingchu.hub.query.duckdb.SqlSandbox;
import io.jingchu.hub.query.internal.DataReads;
import io.jingchu.hub.query.internal.DataReads.Read;
import io.jingchu.hub.query.internal.FieldValues;
import io.jingchu.hub.query.internal.QueryProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * CKAN's DataStore actions over the hub's versions: {@code datastore_search} as a {@link RowQuery} on the newest
 * version, {@code datastore_search_sql} as one checked SELECT in a sandbox. Both read only what {@code access}
 * allows and are recorded like every other read.
 */
final class DatastoreSearch {

    private static final int MAX_SQL = 64 * 1024;

    private final DataReads reads;
    private final RowEngine engine;
    private final SqlSandbox sandbox;
    private final QueryProperties settings;

    DatastoreSearch(DataReads reads, RowEngine engine, SqlSandbox sandbox, QueryProperties settings) {
        this.reads = reads;
        this.engine = engine;
        this.sandbox = sandbox;
        this.settings = settings;
    }

    /** One page of a resource's newest version. */
    record SearchAnswer(String resourceId, List<ResultColumn> columns, List<@Nullable Object[]> records,
            @Nullable Long total, int limit, long offset, boolean limitGiven) {
    }

    record SqlAnswer(String sql, List<SqlSandbox.Column> columns, List<@Nullable Object[]> records) {
    }

    SearchAnswer search(Caller caller, String clientAddress, @Nullable Long apiTokenId, DatastoreParameters params) {
        String code = params.required("resource_id");
        Read read = reads.begin(caller, clientAddress, apiTokenId, code, null, AccessKind.DATASTORE_SEARCH);
        try {
            RowQuery query = query(params, read.version());
            Long total = params.bool("include_total", true)
                    ? engine.count(read.version(), query, settings.timeLimit()) : null;
            RowPage page = engine.page(read.version(), query, settings.timeLimit());
            reads.succeeded(read, page.rows().size());
            return new SearchAnswer(code, page.columns(), page.rows(), total, query.limit(), query.offset(),
                    params.has("limit"));
        } catch (RuntimeException e) {
            reads.failed(read, e);
            throw e;
        }
    }

    SqlAnswer sql(Caller caller, String clientAddress, @Nullable Long apiTokenId, DatastoreParameters params) {
        String sql = params.required("sql");
        if (sql.length() > MAX_SQL) {
            throw DomainException.onField(ErrorCode.FIELD_TOO_LONG, "sql");
        }
        Set<String> tables = sandbox.tables(sql, settings.timeLimit());
        List<Read> granted = new ArrayList<>();
        for (String table : tables) {
            DataResource resource = reads.resource(table).orElseThrow(() -> refused("unknown table \"" + table + "\""));
            try {
                granted.add(reads.beginLatest(caller, clientAddress, apiTokenId, resource, AccessKind.DATASTORE_SQL));
            } catch (DomainException e) {
                throw switch (e.code()) {
                    case RESOURCE_NOT_FOUND -> refused("unknown table \"" + table + "\"");
                    case VERSION_NOT_FOUND -> refused("no data loaded in \"" + table + "\"");
                    default -> refused("\"" + table + "\" may not be read: " + e.code().name())
                            .withProperty("cause", e.code().name());
                };
            }
        }
        Map<String, Path> views = new LinkedHashMap<>();
        granted.forEach(read -> views.put(read.resource().code(), read.version().file()));
        try {
            SqlSandbox.Result result = sandbox.run(sql, views, settings.sqlRowLimit(), settings.timeLimit());
            granted.forEach(read -> reads.succeeded(read, result.rows().size()));
            return new SqlAnswer(sql, result.columns(), result.rows());
        } catch (RuntimeException e) {
            granted.forEach(read -> reads.failed(read, e));
            throw e;
        }
    }

    private RowQuery query(DatastoreParameters params, DatasetVersion version) {
        Map<String, FieldSpec> schema = new LinkedHashMap<>();
        version.fields().forEach(f -> schema.put(f.name(), f));
        boolean distinct = params.bool("distinct", false);

        List<String> requested = params.names("fields");
        boolean rowIds = !distinct && (requested == null || requested.contains("_id"));
        List<String> fields = new ArrayList<>();
        if (requested == null) {
            fields.addAll(schema.keySet());
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (String name : requested) {
                if (name.equals("_id")) {
                    continue;
                }
                if (!schema.containsKey(name)) {
                    throw DatastoreParameters.invalid("fields", "field \"" + name + "\" not in table");
                }
                if (seen.add(name)) {
                    fields.add(name);
                }
            }
            if (fields.isEmpty() && !rowIds) {
                throw DatastoreParameters.invalid("fields", "no fields");
            }
            if (fields.isEmpty()) {
                fields.add(schema.keySet().iterator().next());
            }
        }

        List<Filter> filters = new ArrayList<>();
        Map<String, Object> given = params.object("filters");
        if (given != null) {
            for (Map.Entry<String, Object> entry : given.entrySet()) {
                FieldSpec field = schema.get(entry.getKey());
                if (field == null) {
                    throw DatastoreParameters.invalid("filters", "field \"" + entry.getKey() + "\" not in table");
                }
                List<?> raw = entry.getValue() instanceof List<?> list ? list : java.util.Collections.singletonList(
                        entry.getValue());
                if (raw.isEmpty() || raw.size() > 1000) {
                    throw DatastoreParameters.invalid("filters", "invalid value for \"" + field.name() + "\"");
                }
                List<Object> values = new ArrayList<>();
                for (Object value : raw) {
                    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
                        throw DatastoreParameters.invalid("filters", "invalid value for \"" + field.name() + "\"");
                    }
                    values.add(FieldValues.parse(field.type(), value.toString()).orElseThrow(() ->
                            DatastoreParameters.invalid("filters", "invalid value for \"" + field.name() + "\"")));
                }
                filters.add(new Filter(field.name(), values.size() == 1 ? FilterOp.EQ : FilterOp.IN, values));
            }
        }

        TextSearch text = null;
        Object q = params.textOrObject("q");
        if (q instanceof String s && !s.isBlank()) {
            text = new TextSearch(s.strip(), schema.values().stream().filter(f -> f.type() == FieldType.STRING)
                    .map(FieldSpec::name).toList());
        } else if (q instanceof Map<?, ?> perField) {
            for (Map.Entry<?, ?> entry : perField.entrySet()) {
                FieldSpec field = schema.get(String.valueOf(entry.getKey()));
                if (field == null || field.type() != FieldType.STRING) {
                    throw DatastoreParameters.invalid("q", "field \"" + entry.getKey() + "\" not in table or not text");
                }
                if (!(entry.getValue() instanceof String s) || s.isBlank()) {
                    throw DatastoreParameters.invalid("q", "invalid value for \"" + field.name() + "\"");
                }
                filters.add(new Filter(field.name(), FilterOp.CONTAINS, List.of(s.strip())));
            }
        }

        List<SortKey> sort = sort(params.string("sort"), schema, distinct ? Set.copyOf(fields) : schema.keySet());
        long limit = Math.min(params.natural("limit", settings.defaultLimit()), settings.maxLimit());
        long offset = params.natural("offset", 0);
        return new RowQuery(fields, filters, text, sort, List.of(), List.of(), distinct, rowIds, offset, (int) limit,
                null);
    }

    /** {@code "a desc, b"}; {@code _id} (ascending, last) is the file order every sort ends with anyway. */
    private static List<SortKey> sort(@Nullable String spec, Map<String, FieldSpec> schema, Set<String> sortable) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        String[] items = spec.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            String[] words = items[i].strip().split("\\s+");
            if (words.length == 0 || words.length > 2) {
                throw DatastoreParameters.invalid("sort", "invalid sort \"" + items[i].strip() + "\"");
            }
            String name = DatastoreParameters.unquote(words[0]);
            String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw DatastoreParameters.invalid("sort", "invalid sort direction \"" + words[1] + "\"");
            }
            if (name.equals("_id") && direction.equals("asc") && i == items.length - 1) {
                continue;
            }
            if (!schema.containsKey(name) || !sortable.contains(name)
                    || keys.stream().anyMatch(k -> k.name().equals(name))) {
                throw DatastoreParameters.invalid("sort", "field \"" + name + "\" not in table");
            }
            keys.add(new SortKey(name, direction.equals("desc")));
        }
        return keys;
    }

    private static DomainException refused(String reason) {
        return DomainException.onField(ErrorCode.SQL_NOT_ALLOWED, "sql", reason).withProperty("reason", reason);
    }
}
