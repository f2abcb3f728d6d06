package io.jingchu.hub.query.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.RowQuery;
import io.jingchu.hub.query.RowQuery.Position;
import io.jingchu.hub.query.RowQuery.SortKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row positions are read only where they decide the order: never under a sort on the unique key, nor for groups. */
class SelectStatementTest {

    static final DatasetVersion PLAIN = new DatasetVersion("res", 1, Path.of("/data/res/v1.parquet"), 10, 100,
            "sha256:00", DuckDbRowEngineTest.FIELDS, 100, 1, Instant.EPOCH, List.of());
    static final DatasetVersion KEYED = new DatasetVersion("res", 1, Path.of("/data/res/v1.parquet"), 10, 100,
            "sha256:00", DuckDbRowEngineTest.FIELDS, 100, 1, Instant.EPOCH, List.of("id"));

    static RowQuery sortedBy(List<SortKey> sort, Position after) {
        return new RowQuery(DuckDbRowEngineTest.NAMES, List.of(), null, sort, List.of(), List.of(), false, false, 0,
                50, after);
    }

    @Test
    void aSortOnTheUniqueKeyNeedsNoPosition() {
        List<SortKey> sort = List.of(new SortKey("amount", true), new SortKey("id", false));
        String sql = SelectStatement.page(KEYED, sortedBy(sort, new Position(List.of(5, 7L), 0)), null).text();

        assertThat(sql).doesNotContain("file_row_number").contains("ORDER BY \"amount\" DESC NULLS LAST, \"id\" ASC");
    }

    @Test
    void otherSortsBreakTiesByPosition() {
        List<SortKey> sort = List.of(new SortKey("amount", true));
        String sql = SelectStatement.page(KEYED, sortedBy(sort, new Position(List.of(5), 9)), null).text();
        String plain = SelectStatement.page(PLAIN, sortedBy(List.of(new SortKey("id", false)), null), null).text();

        assertThat(sql).contains("file_row_number = true").contains("file_row_number > ?")
                .endsWith("ORDER BY \"amount\" DESC NULLS LAST, file_row_number ASC LIMIT ?");
        assertThat(plain).contains("file_row_number ASC");
    }

    @Test
    void groupsReadNoPosition() {
        RowQuery grouped = new RowQuery(List.of(), List.of(), null, List.of(), List.of("grp"),
                List.of(new RowQuery.Aggregate(RowQuery.AggregateFunction.COUNT, null)), false, false, 0, 50,
                null);
        assertThat(SelectStatement.page(PLAIN, grouped, null).text()).doesNotContain("file_row_number");
    }
}
