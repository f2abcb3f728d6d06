package io.jingchu.hub.ingest.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pulls from a real PostgreSQL server (the embedded one of the PostgreSQL test pass; there is none in the
 * H2 pass, where these tests are skipped). Each test gets a database of its own.
 */
class JdbcPullIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private String url;
    private Path out;

    @BeforeEach
    void database() throws SQLException {
        assumeThat(TestDatabase.isPostgres()).as("needs the PostgreSQL test pass").isTrue();
        Map<String, Object> connection = TestDatabase.connection();
        String jdbcUrl = (String) connection.get("spring.datasource.url");
        url = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        out = dir.resolve("out.csv");
        sql("""
                CREATE TABLE enterprise (
                    id integer PRIMARY KEY,
                    name text,
                    capital numeric(14, 2),
                    rate double precision,
                    ratio real,
                    big bigint,
                    open boolean,
                    founded date,
                    updated timestamp,
                    seen timestamptz,
                    opens time,
                    photo bytea,
                    code uuid
                )""",
                "SET TIME ZONE 'Asia/Shanghai'",
                """
                INSERT INTO enterprise VALUES
                  (1, '宜昌市数据局', 1234567.50, 0.1, 1.5, 9007199254740993, true, DATE '2019-03-15',
                   TIMESTAMP '2024-01-15 08:30:00', TIMESTAMPTZ '2024-01-15 08:30:00+08', TIME '09:00',
                   '\\x0aff'::bytea, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
                  (2, '含,逗号和"引号"
                换行', 100.00, 1e-7, -0.25, -1, false, DATE '1999-12-31',
                   TIMESTAMP '2024-02-29 23:59:59.123', TIMESTAMPTZ '2024-02-29 23:59:59Z', TIME '23:59:59',
                   NULL, NULL),
                  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)""");
    }

    @Test
    void aTableIsPulledWithEveryValueInItsTextualForm() throws IOException {
        List<Long> progress = new ArrayList<>();

        long rows = JdbcPull.toCsv(source("enterprise", null), out, TIMEOUT, progress::add);

        assertThat(Files.readString(out)).isEqualTo("""
                id,name,capital,rate,ratio,big,open,founded,updated,seen,opens,photo,code\r
                1,宜昌市数据局,1234567.5,0.1,1.5,9007199254740993,true,2019-03-15,2024-01-15T08:30:00,\
                2024-01-15T00:30:00Z,09:00:00,0aff,a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11\r
                2,"含,逗号和""引号""
                换行",100,0.0000001,-0.25,-1,false,1999-12-31,2024-02-29T23:59:59.123,2024-02-29T23:59:59Z,\
                23:59:59,,\r
                3,,,,,,,,,,,,\r
                """);
        assertThat(rows).isEqualTo(3);
        assertThat(progress).containsExactly(3L);
    }

    @Test
    void aQueryIsPulledWithItsColumnLabelsAsHeader() throws IOException {
        JdbcPull.toCsv(source(null, "SELECT name AS 名称, capital AS 注册资本 FROM enterprise WHERE id = 1;"), out,
                TIMEOUT, n -> { });

        assertThat(Files.readString(out)).isEqualTo("名称,注册资本\r\n宜昌市数据局,1234567.5\r\n");
    }

    @Test
    void rowsAreStreamedWithProgress() throws IOException {
        List<Long> progress = new ArrayList<>();

        long rows = JdbcPull.toCsv(source(null, "SELECT g AS n FROM generate_series(1, 2500) AS g ORDER BY g"), out,
                TIMEOUT, progress::add);

        assertThat(rows).isEqualTo(2500);
        assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(Files.readAllLines(out)).hasSize(2501).endsWith("2500");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE enterprise SET name = 'x'",
            "DELETE FROM enterprise",
            "SELECT 1; DROP TABLE enterprise",
            "WITH d AS (DELETE FROM enterprise RETURNING *) SELECT * FROM d"})
    void writingQueriesAreRefusedAndTheDataIsUntouched(String query) throws SQLException {
        assertThatThrownBy(() -> JdbcPull.toCsv(source(null, query), out, TIMEOUT, n -> { }))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL_NOT_ALLOWED));
        assertUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE enterprise SET name = 'x'",
            "DELETE FROM enterprise",
            "WITH d AS (DELETE FROM enterprise RETURNING *) SELECT * FROM d",
            "SELECT 1; DROP TABLE enterprise",
            "SELECT 1; COMMIT; DROP TABLE enterprise",
            "SELECT * FROM enterprise FOR UPDATE",
            "SELECT * INTO copied FROM enterprise"})
    void theDatabaseRefusesWritesEvenWhenTheQueryIsNotChecked(String query) throws SQLException {
        assertThatThrownBy(() -> JdbcPull.run(source(null, query), query, out, TIMEOUT, n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_FAILED);
                    assertThat(e.field()).isEqualTo("jdbc.query");
                });
        assertUntouched();
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownTableIsASourceFailureOfTheTable() {
        assertThatThrownBy(() -> JdbcPull.toCsv(source("no_such_table", null), out, TIMEOUT, n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_FAILED);
                    assertThat(e.field()).isEqualTo("jdbc.table");
                    assertThat((String) e.args()[0]).contains("no_such_table");
                });
        assertThat(out).doesNotExist();
    }

    @Test
    void aConnectionFailureNeverShowsThePassword() {
        // The server names the unknown role in its message; here the role's name is the password itself.
        String secret = "pw-" + System.nanoTime();
        JdbcSource source = new JdbcSource(url, secret, secret, "enterprise", null);

        assertThatThrownBy(() -> JdbcPull.toCsv(source, out, TIMEOUT, n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_FAILED);
                    assertThat(e.field()).isEqualTo("jdbc.url");
                    assertThat((String) e.args()[0]).contains("***").doesNotContain(secret);
                });
    }

    @Test
    void aQueryOverItsTimeIsCancelled() {
        assertThatThrownBy(() -> JdbcPull.toCsv(source(null, "SELECT pg_sleep(30)"), out, Duration.ofSeconds(1), n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_FAILED);
                    assertThat(e.field()).isEqualTo("jdbc.query");
                });
    }

    @Test
    void aProgressSinkThatThrowsStopsThePullWithItsOwnException() {
        JdbcSource source = source(null, "SELECT g AS n FROM generate_series(1, 1000000) AS g");

        assertThatThrownBy(() -> JdbcPull.toCsv(source, out, TIMEOUT, n -> {
            throw new CancellationException("cancelled at " + n);
        })).isInstanceOf(CancellationException.class).hasMessage("cancelled at 1000");
        assertThat(out).doesNotExist();
    }

    private JdbcSource source(String table, String query) {
        return new JdbcSource(url, "postgres", "postgres", table, query);
    }

    private void assertUntouched() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*), string_agg(coalesce(name, '-'), '|' ORDER BY id) FROM enterprise")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
            assertThat(rs.getString(2)).startsWith("宜昌市数据局|含,逗号").endsWith("|-");
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             var rs = c.getMetaData().getTables(null, null, "copied", null)) {
            assertThat(rs.next()).as("no table was created").isFalse();
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
