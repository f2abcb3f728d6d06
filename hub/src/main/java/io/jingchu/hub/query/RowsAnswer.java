package io.jingchu.hub.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page as the row API answers it.
 *
 * @param total null unless asked for
 * @param nextCursor null when no rows follow (or for groups, which page by offset)
 */
public record RowsAnswer(String resource, int version, List<ResultColumn> columns, List<@Nullable Object[]> rows,
        int limit, long offset, @Nullable RowCount total, @Nullable String nextCursor) {
}
