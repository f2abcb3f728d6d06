package io.jingchu.hub.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a query's answer.
 *
 * @param rows the values of each row, in column order
 * @param more whether rows follow this page
 * @param last where the page ends, for continuing with a keyset cursor (plain rows only)
 */
public record RowPage(List<ResultColumn> columns, List<@Nullable Object[]> rows, boolean more,
        RowQuery.@Nullable Position last) {

    public RowPage {
        columns = List.copyOf(columns);
        rows = java.util.Collections.unmodifiableList(rows);
    }
}
