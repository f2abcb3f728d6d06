package io.jingchu.hub.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.zaxxer.hikari.HikariDataSource;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hub's own pool on PostgreSQL rewrites batches, and a rewritten batch still writes every row once. */
class PostgresDriverSettingsIT extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void batchesAreRewrittenOnPostgresAndLoseNoRow() throws Exception {
        assumeThat(TestDatabase.isPostgres()).as("needs the PostgreSQL pass").isTrue();
        assertThat(dataSource.unwrap(HikariDataSource.class).getDataSourceProperties())
                .containsEntry("reWriteBatchedInserts", "true");

        jdbc.execute("CREATE TABLE batch_rewrite_probe (n INT PRIMARY KEY, label VARCHAR(16))");
        List<Integer> rows = IntStream.range(0, 1_001).boxed().toList();
        jdbc.batchUpdate("INSERT INTO batch_rewrite_probe (n, label) VALUES (?, ?)", rows, 500, (ps, n) -> {
            ps.setInt(1, n);
            ps.setString(2, "行" + n);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT n) FROM batch_rewrite_probe WHERE label = '行' || n",
                Long.class)).isEqualTo(1_001L);
        jdbc.execute("DROP TABLE batch_rewrite_probe");
    }
}
