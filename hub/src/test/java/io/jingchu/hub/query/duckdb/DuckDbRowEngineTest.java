package io.jingchu.hub.query.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.ResultRows;
import io.jingchu.hub.query.RowPage;
import io.jingchu.hub.query.RowQuery;
import io.jingchu.hub.query.RowQuery.Aggregate;
import io.jingchu.hub.query.RowQuery.AggregateFunction;
import io.jingchu.hub.query.RowQuery.Filter;
import io.jingchu.hub.query.RowQuery.FilterOp;
import io.jingchu.hub.query.RowQuery.SortKey;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded engine on a version of 300,000 rows. Sorted pages come from a window of the engine's top-N when
 * no run of equal keys crosses the page's edges (unique keys, pairs of keys), and otherwise from the exact way
 * that first bounds the first key (a key with 300 rows per value): either way they must be exactly the rows
 * DuckDB itself orders there, by offset and by keyset alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbRowEngineTest {

    static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("id", "编号", FieldType.INTEGER, null, false, false, true),
            new FieldSpec("grp", "分组", FieldType.STRING, null, false, false),
            new FieldSpec("amount", "金额", FieldType.DECIMAL, null, true, false),
            new FieldSpec("day", "日期", FieldType.DATE, null, true, false));
    static final List<String> NAMES = FIELDS.stream().map(FieldSpec::name).toList();
    static final int ROWS = 300_000;

    @TempDir
    static Path dir;
    DuckDbRowEngine engine;
    DatasetVersion version;
    /** The same file, its {@code id} proven a unique key at load. */
    DatasetVersion keyed;
    Connection reference;

    @BeforeAll
    void generate() throws Exception {
        Path datasets = Files.createDirectories(dir.resolve("datasets").resolve("big"));
        Path file = datasets.resolve("v1.parquet");
        reference = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = reference.createStatement()) {
            s.execute("COPY (SELECT i AS id, 'g' || (i % 7) AS grp, CASE WHEN i % 97 = 0 THEN NULL ELSE "
                    + "(((i * 7919) % 1000) / 4)::DECIMAL(18,4) END AS amount, CASE WHEN i % 89 = 0 THEN NULL ELSE "
                    + "DATE '2020-01-01' + ((i * 31) % 400)::INTEGER END AS day FROM range(" + ROWS + ") t(i)) TO '"
                    + file + "' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 20000)");
        }
        version = new DatasetVersion("big", 1, file, ROWS, Files.size(file), "sha256:00", FIELDS, 100, 1,
                Instant.now(), List.of());
        keyed = new DatasetVersion("big", 1, file, ROWS, Files.size(file), "sha256:00", FIELDS, 100, 1,
                Instant.now(), List.of("id"));
        engine = new DuckDbRowEngine(new DuckDbSettings(2, "1GB", 2, dir.resolve("datasets"), dir.resolve("work"),
                "512MB", 1), JsonMapper.builder().build());
    }

    @AfterAll
    void close() throws Exception {
        engine.destroy();
        reference.close();
    }

    static RowQuery query(List<SortKey> sort, List<Filter> filters, long offset, int limit) {
        return new RowQuery(NAMES, filters, null, sort, List.of(), List.of(), false, false, offset, limit, null);
    }

    /** The ids DuckDB itself answers for this order and page, ties broken by position in the file. */
    List<Long> expected(String where, String order, long offset, int limit) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = reference.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM read_parquet('"
                + version.file() + "', file_row_number = true) " + where + " ORDER BY " + order
                + ", file_row_number LIMIT " + limit + " OFFSET " + offset)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static List<Long> ids(RowPage page) {
        return page.rows().stream().map(row -> (Long) row[0]).toList();
    }

    @Test
    void sortedPagesAreTheRowsDuckDbOrdersThere() throws Exception {
        record Case(List<SortKey> sort, String order) {
        }
        List<Case> cases = List.of(
                new Case(List.of(new SortKey("amount", true)), "amount DESC NULLS LAST"),
                new Case(List.of(new SortKey("amount", false)), "amount ASC NULLS LAST"),
                new Case(List.of(new SortKey("grp", false), new SortKey("day", true)),
                        "grp ASC NULLS LAST, day DESC NULLS LAST"),
                new Case(List.of(new SortKey("day", false), new SortKey("amount", true)),
                        "day ASC NULLS LAST, amount DESC NULLS LAST"),
                new Case(List.of(new SortKey("id", true)), "id DESC NULLS LAST"),
                new Case(List.of(new SortKey("day", true), new SortKey("id", false)),
                        "day DESC NULLS LAST, id ASC NULLS LAST"),
                new Case(List.of(new SortKey("amount", false), new SortKey("day", false)),
                        "amount ASC NULLS LAST, day ASC NULLS LAST"));
        for (Case c : cases) {
            for (long offset : List.of(0L, 137L, 5_000L, ROWS - 60L)) {
                RowPage page = engine.page(version, query(c.sort(), List.of(), offset, 100), Duration.ofSeconds(30));
                assertThat(ids(page)).as("%s from %d", c.order(), offset)
                        .containsExactlyElementsOf(expected("", c.order(), offset, 100));
                assertThat(page.more()).isEqualTo(offset + 100 < ROWS);
            }
        }
    }

    @Test
    void keysetPagesContinueExactlyWhereTheLastOneEnded() throws Exception {
        List<SortKey> sort = List.of(new SortKey("amount", true), new SortKey("day", false));
        List<Filter> filters = List.of(new Filter("grp", FilterOp.IN, List.of("g1", "g3")));
        List<Long> byCursor = new ArrayList<>();
        RowQuery query = query(sort, filters, 0, 250);
        for (int i = 0; i < 6; i++) {
            RowPage page = engine.page(version, query, Duration.ofSeconds(30));
            byCursor.addAll(ids(page));
            query = query.withPaging(0, 250, page.last());
        }
        assertThat(byCursor).containsExactlyElementsOf(expected("WHERE grp IN ('g1', 'g3')",
                "amount DESC NULLS LAST, day ASC NULLS LAST", 0, 1500));
    }

    @Test
    void pagesInFileOrderContinueWhereTheLastOneEnded() throws Exception {
        record Case(List<Filter> filters, String where) {
        }
        List<Case> cases = List.of(
                new Case(List.of(), ""),
                new Case(List.of(new Filter("grp", FilterOp.IN, List.of("g1", "g3"))), "WHERE grp IN ('g1', 'g3')"),
                new Case(List.of(new Filter("id", FilterOp.LT, List.of(600L))), "WHERE id < 600"),
                new Case(List.of(new Filter("id", FilterOp.LT, List.of(0L))), "WHERE id < 0"));
        for (Case c : cases) {
            for (long offset : List.of(0L, 137L)) {
                List<Long> byCursor = new ArrayList<>();
                RowQuery query = query(List.of(), c.filters(), offset, 250);
                for (int i = 0; i < 5; i++) {
                    RowPage page = engine.page(version, query, Duration.ofSeconds(30));
                    byCursor.addAll(ids(page));
                    if (!page.more()) {
                        break;
                    }
                    query = query.withPaging(0, 250, page.last());
                }
                assertThat(byCursor).as("%s from %d", c.where(), offset)
                        .containsExactlyElementsOf(expected(c.where(), "file_row_number", offset, 1250));
            }
        }
    }

    @Test
    void aSortOnTheUniqueKeyPagesTheSameRowsWithoutPositions() throws Exception {
        record Case(List<SortKey> sort, String order) {
        }
        List<Case> cases = List.of(
                new Case(List.of(new SortKey("id", true)), "id DESC NULLS LAST"),
                new Case(List.of(new SortKey("day", true), new SortKey("id", false)),
                        "day DESC NULLS LAST, id ASC NULLS LAST"),
                new Case(List.of(new SortKey("amount", false), new SortKey("id", true)),
                        "amount ASC NULLS LAST, id DESC NULLS LAST"));
        List<Filter> filters = List.of(new Filter("grp", FilterOp.IN, List.of("g2", "g5")));
        for (Case c : cases) {
            for (long offset : List.of(0L, 4_321L, ROWS - 60L)) {
                RowPage page = engine.page(keyed, query(c.sort(), List.of(), offset, 100), Duration.ofSeconds(30));
                assertThat(ids(page)).as("%s from %d", c.order(), offset)
                        .containsExactlyElementsOf(expected("", c.order(), offset, 100));
            }
            List<Long> byCursor = new ArrayList<>();
            RowQuery query = query(c.sort(), filters, 0, 300);
            for (int i = 0; i < 4; i++) {
                RowPage page = engine.page(keyed, query, Duration.ofSeconds(30));
                byCursor.addAll(ids(page));
                query = query.withPaging(0, 300, page.last());
            }
            assertThat(byCursor).as("%s by cursor", c.order())
                    .containsExactlyElementsOf(expected("WHERE grp IN ('g2', 'g5')", c.order(), 0, 1200));
        }
    }

    @Test
    void aPageRunningPastTheTimeLimitIsCancelled() {
        RowQuery heavy = new RowQuery(List.of(), List.of(), null, List.of(new SortKey("count_distinct_day", true)),
                List.of("id"), List.of(new Aggregate(AggregateFunction.COUNT_DISTINCT, "day"),
                new Aggregate(AggregateFunction.COUNT_DISTINCT, "amount")), false, false, 0, 10, null);

        assertThatThrownBy(() -> engine.page(version, heavy, Duration.ofMillis(5)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code().name()).isEqualTo("QUERY_TIME_LIMIT"));
        assertThat(engine.page(version, query(List.of(), List.of(), 0, 3), Duration.ofSeconds(30)).rows())
                .as("the pool still works").hasSize(3);
    }

    @Test
    void streamsEverySelectedRowInOrder() {
        List<Filter> filters = List.of(new Filter("amount", FilterOp.GTE, List.of(new BigDecimal("249.5"))));
        long count = engine.count(version, query(List.of(), filters, 0, 1), Duration.ofSeconds(30));
        try (ResultRows rows = engine.stream(version, query(List.of(new SortKey("id", true)), filters, 0, 1),
                Duration.ofSeconds(30))) {
            long previous = Long.MAX_VALUE;
            while (rows.next()) {
                long id = (Long) rows.value(0);
                assertThat(id).isLessThan(previous);
                assertThat((BigDecimal) rows.value(2)).isGreaterThanOrEqualTo(new BigDecimal("249.5"));
                previous = id;
            }
            assertThat(rows.count()).isEqualTo(count).isGreaterThan(0);
        }
    }

    @Test
    void anEstimateOfAFilteredCountIsNearTheCount() {
        List<Filter> filters = List.of(new Filter("grp", FilterOp.EQ, List.of("g2")));
        long exact = engine.count(version, query(List.of(), filters, 0, 1), Duration.ofSeconds(30));
        var estimate = engine.estimate(version, query(List.of(), filters, 0, 1), Duration.ofSeconds(30));

        assertThat(exact).isEqualTo(ROWS / 7 + (ROWS % 7 > 2 ? 1 : 0));
        assertThat(estimate.exact()).as("300,000 rows are still counted").isTrue();
        assertThat(estimate.value()).isEqualTo(exact);
    }

    @Test
    void writesTheSelectionAsParquet() throws Exception {
        Path target = dir.resolve("work").resolve("exports").resolve("x.parquet");
        List<Filter> filters = List.of(new Filter("grp", FilterOp.EQ, List.of("g0")));
        long rows = engine.writeParquet(version, new RowQuery(List.of("id", "grp"), filters, null, List.of(),
                List.of(), List.of(), false, false, 0, 1, null), target, Duration.ofSeconds(30));

        try (Statement s = reference.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*), count(DISTINCT grp), count(*) FILTER (WHERE id % 7 <> 0) FROM '" + target + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rows).isEqualTo((ROWS + 6) / 7);
            assertThat(rs.getLong(2)).isEqualTo(1);
            assertThat(rs.getLong(3)).isZero();
        }
    }
}
