package io.jingchu.client.cli;

import io.jingchu.client.RowsQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The options that choose rows ({@code rows} and {@code export} share them). A filter is written
 * {@code field=op:value} ({@code population=gte:1000}), or {@code field=value} for equality, and sent to the
 * hub as {@code field:op:value}.
 */
final class RowSelection {

    /** An operator is a short lower-case word: {@code gte}, {@code like}, {@code is_null} … */
    private static final Pattern OPERATOR = Pattern.compile("[a-z][a-z_]{0,15}:.*", Pattern.DOTALL);

    @Option(names = "--fields", split = ",", paramLabel = "FIELD", description = "Fields to show, in order (a,b,c).")
    List<String> fields = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "FIELD=OP:VALUE",
            description = "A condition such as population=gte:1000 or name=like:%%区 (repeatable; all must hold). "
                    + "Operators: eq, ne, lt, lte, gt, gte, in, between, like, contains …; field=value means eq.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "FIELDS", description = "Sort order, - for descending: -population,name.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many rows.")
    Integer limit;

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming a filter written in none of the accepted ways
     */
    RowsQuery query() {
        RowsQuery.Builder query = RowsQuery.builder().fields(fields.toArray(String[]::new)).sort(sort).limit(limit);
        for (String filter : filters) {
            query.filter(condition(filter));
        }
        return query.build();
    }

    /**
     * {@code population=gte:1000} → {@code population:gte:1000}; {@code name=西陵区} → {@code name:eq:西陵区};
     * {@code field:op:value} as it is.
     *
     * @throws IllegalArgumentException when it is none of these
     */
    static String condition(String filter) {
        int equals = filter.indexOf('=');
        int colon = filter.indexOf(':');
        if (equals > 0 && (colon < 0 || equals < colon)) {
            String field = filter.substring(0, equals);
            String rest = filter.substring(equals + 1);
            return OPERATOR.matcher(rest).matches() ? field + ":" + rest : field + ":eq:" + rest;
        }
        if (colon > 0 && filter.indexOf(':', colon + 1) > colon + 1) {
            return filter;
        }
        throw new IllegalArgumentException(filter);
    }
}
