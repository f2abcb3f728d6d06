package io.jingchu.hub.ingest.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.testing.MariaDbServer;
import io.jingchu.hub.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pulls from a real MariaDB server (Debian's {@code mariadb-server}, started by the test; see
 * {@link MariaDbServer}), through the URL forms publishers give for MySQL and MariaDB alike. The source does not
 * depend on the hub's own database, so these run in the H2 pass only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbPullIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private MariaDbServer server;
    private String url;
    private Path out;

    @BeforeAll
    void startServer(@TempDir Path serverDir) throws Exception {
        assumeThat(TestDatabase.isPostgres()).as("the MariaDB source is tested once, in the H2 pass").isFalse();
        server = MariaDbServer.start(serverDir);
        url = server.url("source");
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void table() throws SQLException {
        out = dir.resolve("out-" + System.nanoTime() + ".csv");
        sql("DROP TABLE IF EXISTS enterprise", "DROP TABLE IF EXISTS copied",
                """
                CREATE TABLE enterprise (
                    id INT PRIMARY KEY,
                    name VARCHAR(100),
                    capital DECIMAL(14, 2),
                    rate DOUBLE,
                    big BIGINT,
                    open BOOLEAN,
                    founded DATE,
                    updated DATETIME(3),
                    opens TIME
                ) CHARACTER SET utf8mb4""",
                """
                INSERT INTO enterprise VALUES
                  (1, '宜昌市数据局', 1234567.50, 0.1, 9007199254740993, TRUE, '2019-03-15', '2024-01-15 08:30:00',
                   '09:00:00'),
                  (2, '含,逗号和"引号"\n换行', 100.00, 1e-7, -1, FALSE, '1999-12-31', '2024-02-29 23:59:59.123',
                   '23:59:59'),
                  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)""");
    }

    @Test
    void aTableIsPulledWithEveryValueInItsTextualForm() throws Exception {
        List<Long> progress = new ArrayList<>();

        long rows = JdbcPull.toCsv(source("enterprise", null), out, TIMEOUT, progress::add);

        assertThat(Files.readString(out)).isEqualTo("""
                id,name,capital,rate,big,open,founded,updated,opens\r
                1,宜昌市数据局,1234567.5,0.1,9007199254740993,true,2019-03-15,2024-01-15T08:30:00,09:00:00\r
                2,"含,逗号和""引号""
                换行",100,0.0000001,-1,false,1999-12-31,2024-02-29T23:59:59.123,23:59:59\r
                3,,,,,,,,\r
                """);
        assertThat(rows).isEqualTo(3);
        assertThat(progress).containsExactly(3L);
    }

    @Test
    void aMysqlUrlAndAQueryWithChineseLabelsWorkToo() throws Exception {
        String mysql = url.replace("jdbc:mariadb:", "jdbc:mysql:");
        JdbcPull.toCsv(new JdbcSource(mysql, "root", "", null,
                "SELECT name AS `名称`, capital AS `注册资本` FROM enterprise WHERE id = 1"), out, TIMEOUT, n -> { });

        assertThat(Files.readString(out)).isEqualTo("名称,注册资本\r\n宜昌市数据局,1234567.5\r\n");
    }

    @Test
    void rowsAreStreamedWithProgress() throws Exception {
        List<Long> progress = new ArrayList<>();

        long rows = JdbcPull.toCsv(source(null, "SELECT seq AS n FROM seq_1_to_2500 ORDER BY seq"), out, TIMEOUT,
                progress::add);

        assertThat(rows).isEqualTo(2500);
        assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(Files.readAllLines(out)).hasSize(2501).endsWith("2500");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE enterprise SET name = 'x'",
            "SELECT 1; DROP TABLE enterprise",
            "SELECT /*!50000 1; DROP TABLE enterprise */",
            "SELECT * FROM enterprise INTO OUTFILE '/tmp/enterprise.txt'",
            "SELECT 1 # comment\n; DELETE FROM enterprise"})
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
            "SELECT 1; DROP TABLE enterprise",
            "CREATE TABLE copied AS SELECT * FROM enterprise",
            "INSERT INTO enterprise (id) VALUES (99)"})
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
    void aWrongPasswordIsAFailureOfTheUrlThatNeverShowsIt() {
        String secret = "pw-" + System.nanoTime();

        assertThatThrownBy(() -> JdbcPull.toCsv(new JdbcSource(url, "root", secret, "enterprise", null), out,
                TIMEOUT, n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_FAILED);
                    assertThat(e.field()).isEqualTo("jdbc.url");
                    assertThat((String) e.args()[0]).doesNotContain(secret);
                });
        assertThat(out).doesNotExist();
    }

    @Test
    void aQueryOverItsTimeIsCancelled() {
        assertThatThrownBy(() -> JdbcPull.toCsv(source(null, "SELECT SLEEP(30)"), out, Duration.ofSeconds(1),
                n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_FAILED);
                    assertThat(e.field()).isEqualTo("jdbc.query");
                });
        assertThat(out).doesNotExist();
    }

    private JdbcSource source(String table, String query) {
        return new JdbcSource(url, "root", "", table, query);
    }

    private void assertUntouched() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*), group_concat(coalesce(name, '-') ORDER BY id SEPARATOR '|'),"
                     + " (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'source'"
                     + " AND table_name = 'copied') FROM enterprise")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
            assertThat(rs.getString(2)).startsWith("宜昌市数据局|含,逗号").endsWith("|-");
            assertThat(rs.getLong(3)).as("no table was created").isZero();
        }
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
