package io.jingchu.hub.portal.web;

import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A few rows already in memory, as the query module's export writers take them. */
final class ListedRows implements ResultRows {

    private final List<ResultColumn> columns;
    private final List<Object[]> rows;
    private int current = -1;

    ListedRows(List<ResultColumn> columns, List<Object[]> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public boolean next() {
        if (current + 1 >= rows.size()) {
            return false;
        }
        current++;
        return true;
    }

    @Override
    public @Nullable Object value(int column) {
        return rows.get(current)[column];
    }

    @Override
    public long count() {
        return current + 1L;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
