package io.jingchu.hub.query.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** What {@code datastore_search_sql} lets through to the sandbox, and what the sandbox still stops. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlSandboxTest {

    static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    DuckDbRowEngine engine;
    SqlSandbox sandbox;
    Path stops;
    Path lines;
    Path secret;

    @BeforeAll
    void start() throws Exception {
        stops = Files.createDirectories(dir.resolve("datasets").resolve("stops")).resolve("v1.parquet");
        lines = Files.createDirectories(dir.resolve("datasets").resolve("lines")).resolve("v1.parquet");
        secret = Files.createDirectories(dir.resolve("datasets").resolve("secret")).resolve("v1.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT 'S' || i AS stop_id, 'L' || (i % 3) AS line_id FROM range(10) t(i)) TO '" + stops
                    + "' (FORMAT parquet)");
            s.execute("COPY (SELECT 'L' || i AS line_id, i + 1 AS line_no FROM range(3) t(i)) TO '" + lines
                    + "' (FORMAT parquet)");
            s.execute("COPY (SELECT 'top secret' AS text) TO '" + secret + "' (FORMAT parquet)");
        }
        engine = new DuckDbRowEngine(new DuckDbSettings(1, "512MB", 1, dir.resolve("datasets"), dir.resolve("work"),
                "256MB", 1), JsonMapper.builder().build());
        sandbox = engine.sandbox();
    }

    @AfterAll
    void stop() throws Exception {
        engine.destroy();
    }

    static String reason(Runnable action) {
        DomainException e = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class, action::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code().name()).isEqualTo("SQL_NOT_ALLOWED");
        return (String) e.properties().get("reason");
    }

    @Test
    void oneSelectNamesItsTables() {
        assertThat(sandbox.tables("SELECT s.stop_id, l.line_no FROM \"stops\" s JOIN lines l USING (line_id) "
                + "WHERE l.line_no IN (SELECT 1 UNION SELECT 2)", LIMIT)).containsExactly("stops", "lines");
        assertThat(sandbox.tables("WITH t AS (SELECT * FROM \"data-1\") SELECT count(*) FROM t", LIMIT))
                .containsExactly("data-1");
        assertThat(sandbox.tables("SELECT 1 AS one", LIMIT)).isEmpty();
        assertThat(sandbox.tables("SELECT * FROM (VALUES (1), (2)) v(a)", LIMIT)).isEmpty();
    }

    @Test
    void everythingElseIsRefusedWithAReason() {
        for (String sql : List.of("SELECT 1; SELECT 2", "INSERT INTO stops VALUES ('x', 'y')",
                "COPY stops TO '/tmp/x.csv'", "ATTACH '/tmp/x.db'", "PRAGMA database_list", "SET threads = 64",
                "CALL duckdb_settings()", "EXPLAIN SELECT 1", "CREATE TABLE t AS SELECT 1", "DROP TABLE stops",
                "DELETE FROM stops", "UPDATE stops SET stop_id = 'x'", "DETACH x", "LOAD httpfs", "INSTALL httpfs",
                "SELEC 1", "")) {
            assertThat(reason(() -> sandbox.tables(sql, LIMIT))).as(sql).isNotBlank();
        }
        assertThat(reason(() -> sandbox.tables("SELECT * FROM read_csv('/etc/passwd')", LIMIT))).contains("read_csv");
        for (String sql : List.of("SELECT * FROM read_parquet('" + secret + "')", "SELECT * FROM glob('/etc/*')",
                "SELECT * FROM query('SELECT 1')", "SELECT * FROM range(10)", "SELECT * FROM duckdb_settings()",
                "SELECT * FROM stops, read_text('/etc/hostname')", "SELECT (SELECT count(*) FROM read_csv_auto('x'))",
                "DESCRIBE stops", "SHOW TABLES", "SUMMARIZE stops", "SELECT * FROM main.stops",
                "SELECT * FROM information_schema.tables", "SELECT * FROM stops AT (VERSION => 1)")) {
            assertThat(reason(() -> sandbox.tables(sql, LIMIT))).as(sql).isNotBlank();
        }
        assertThat(reason(() -> sandbox.tables("SELECT * FROM stops JOIN STOPS USING (stop_id)", LIMIT)))
                .contains("case");
    }

    @Test
    void aFileNamedAsATableIsJustAnUnknownTableName() {
        assertThat(sandbox.tables("SELECT * FROM '/etc/passwd'", LIMIT)).containsExactly("/etc/passwd");
    }

    @Test
    void runsOverViewsOfTheNamedResources() {
        SqlSandbox.Result result = sandbox.run("SELECT l.line_no, count(*) AS stops FROM \"stops\" s JOIN \"lines\" l "
                + "USING (line_id) GROUP BY l.line_no ORDER BY l.line_no", Map.of("stops", stops, "lines", lines), 100,
                LIMIT);

        assertThat(result.columns()).extracting(SqlSandbox.Column::name).containsExactly("line_no", "stops");
        assertThat(result.rows()).extracting(row -> List.of(row[0], row[1]))
                .containsExactly(List.of(1L, 4L), List.of(2L, 3L), List.of(3L, 3L));
    }

    @Test
    void insideTheSandboxNoOtherFileCanBeRead() {
        for (String sql : List.of("SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_parquet('" + secret
                + "')", "SELECT * FROM '" + secret + "'", "SELECT * FROM glob('" + dir + "/*')")) {
            assertThatThrownBy(() -> sandbox.run(sql, Map.of("stops", stops), 100, LIMIT)).as(sql)
                    .isInstanceOf(DomainException.class).hasMessageContaining("SQL_NOT_ALLOWED");
        }
        assertThat(sandbox.run("SELECT current_setting('enable_external_access') AS external, "
                + "current_setting('lock_configuration') AS locked", Map.of(), 100, LIMIT).rows().get(0))
                .containsExactly(false, true);
    }

    @Test
    void moreRowsThanTheCapAreRefused() {
        assertThatThrownBy(() -> sandbox.run("SELECT * FROM stops", Map.of("stops", stops), 5, LIMIT))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code().name()).isEqualTo("ROW_LIMIT_EXCEEDED"));
        assertThat(sandbox.run("SELECT * FROM stops", Map.of("stops", stops), 10, LIMIT).rows()).hasSize(10);
    }

    @Test
    void aStatementRunningPastTheTimeLimitIsCancelled() {
        // 10^8 combinations in little memory: seconds of work on any machine, so the limit always comes first
        assertThatThrownBy(() -> sandbox.run("SELECT sum(length(a.stop_id || b.stop_id || c.stop_id || d.stop_id "
                + "|| e.stop_id || f.stop_id || g.stop_id || h.stop_id)) FROM stops a, stops b, stops c, stops d, "
                + "stops e, stops f, stops g, stops h",
                Map.of("stops", stops), 10, Duration.ofMillis(200)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code().name()).isEqualTo("QUERY_TIME_LIMIT"));
    }
}
