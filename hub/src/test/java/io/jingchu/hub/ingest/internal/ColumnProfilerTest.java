package io.jingchu.hub.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.ingest.ValidationReport.ColumnProfile;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile read from the Parquet footer agrees with what a scan of every value finds, over several row groups,
 * for every type, for a column of nothing but nulls, and for long strings whose footer bounds are cut short.
 */
class ColumnProfilerTest {

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("id", "序号", FieldType.INTEGER, null, false, false, true),
            new FieldSpec("name", "名称", FieldType.STRING, null, true, false),
            new FieldSpec("amount", "金额", FieldType.DECIMAL, null, true, false),
            new FieldSpec("day", "日期", FieldType.DATE, null, true, false),
            new FieldSpec("at", "时间", FieldType.TIMESTAMP, null, true, false),
            new FieldSpec("flag", "标志", FieldType.BOOLEAN, null, true, false),
            new FieldSpec("empty", "空", FieldType.STRING, null, true, false),
            new FieldSpec("long_text", "长文本", FieldType.STRING, null, true, false));

    @TempDir
    Path dir;

    private DuckDBConnection db;
    private Path file;

    @BeforeEach
    void writeFile() throws Exception {
        db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        file = dir.resolve("typed.parquet");
        try (Statement s = db.createStatement()) {
            // Negative and positive numbers, so that a comparison as text would pick the wrong bounds; small row
            // groups, so that the bounds come from several of them.
            s.execute("COPY (SELECT CAST(i AS BIGINT) AS id,"
                    + " CASE WHEN i % 7 = 0 THEN NULL ELSE '名称' || (i % 50) END AS name,"
                    + " CAST((i - 2500) / 3.0 AS DECIMAL(18,6)) AS amount,"
                    + " DATE '2020-01-01' + CAST(i % 400 AS INTEGER) AS day,"
                    + " TIMESTAMP '2026-01-01 00:00:00' + to_seconds(i * 61) AS at,"
                    + " i % 3 = 0 AS flag, CAST(NULL AS VARCHAR) AS empty,"
                    + " repeat('很长的文字', 2000) || (i % 5) AS long_text"
                    + " FROM range(1, 5001) t(i)) TO '" + file + "' (FORMAT parquet, ROW_GROUP_SIZE 1024)");
        }
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void footerStatisticsAgreeWithAFullScan() throws Exception {
        ColumnMapping mapping = ColumnMapping.of(FIELDS.stream().map(FieldSpec::name).toList(), FIELDS);
        List<ColumnProfile> profile = new ColumnProfiler(100).profile(db, file, mapping, 5000, null).columns();

        assertThat(profile).hasSize(FIELDS.size());
        for (int f = 0; f < FIELDS.size(); f++) {
            String col = '"' + FIELDS.get(f).name() + '"';
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) - count(" + col
                    + "), count(DISTINCT " + col + "), CAST(min(" + col + ") AS VARCHAR), CAST(max(" + col
                    + ") AS VARCHAR) FROM read_parquet('" + file + "')")) {
                rs.next();
                ColumnProfile column = profile.get(f);
                assertThat(column.nulls()).as(col + " nulls").isEqualTo(rs.getLong(1));
                assertThat(column.distinct()).as(col + " distinct").isEqualTo(rs.getLong(2));
                assertThat(column.min()).as(col + " min").isEqualTo(DatasetLoader.clip(rs.getString(3)));
                assertThat(column.max()).as(col + " max").isEqualTo(DatasetLoader.clip(rs.getString(4)));
            }
        }
        assertThat(profile.get(2).min()).isEqualTo("-833.000000");
        assertThat(profile.get(6).nulls()).isEqualTo(5000);
        assertThat(profile.get(6).min()).isNull();
    }

    @Test
    void aFieldCountedElsewhereIsLeftOutOfTheScanUnlessItIsCheapToCount() throws Exception {
        ColumnMapping mapping = ColumnMapping.of(FIELDS.stream().map(FieldSpec::name).toList(), FIELDS);
        List<ColumnProfile> estimated = new ColumnProfiler(100).profile(db, file, mapping,
                ColumnProfiler.EXACT_DISTINCT_ROWS + 1, "name").columns();
        // Counted as a large file would be: integers and dates by bitmap, booleans by flags, both exact.
        List<ColumnProfile> large = new ColumnProfiler(100).profile(db, file, mapping,
                ColumnProfiler.EXACT_DISTINCT_ROWS + 1, "id").columns();

        assertThat(estimated.get(1).distinct()).isEqualTo(-1);
        assertThat(large.get(0).distinct()).isEqualTo(5000);
        assertThat(large.get(0).distinctExact()).isTrue();
        assertThat(large.get(0).min()).isEqualTo("1");
        assertThat(large.get(0).max()).isEqualTo("5000");
        assertThat(large.get(3).distinct()).isEqualTo(400);
        assertThat(large.get(3).distinctExact()).isTrue();
        assertThat(large.get(5).distinct()).isEqualTo(2);
        assertThat(large.get(5).distinctExact()).isTrue();
        assertThat(large.get(1).distinctExact()).isFalse();
        assertThat(large.get(1).distinct()).isBetween(45L, 55L);
    }
}
