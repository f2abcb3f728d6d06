package io.jingchu.hub.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresDriverSettingsTest {

    @Test
    void aPostgresPoolRewritesBatchedInserts() {
        HikariDataSource pool = pool("jdbc:postgresql://db.example:5432/hub");
        PostgresDriverSettings.rewriteBatchedInserts(pool);
        assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
    }

    @Test
    void anH2PoolIsLeftAlone() {
        HikariDataSource pool = pool("jdbc:h2:file:./var/db/hub;MODE=PostgreSQL");
        PostgresDriverSettings.rewriteBatchedInserts(pool);
        assertThat(pool.getDataSourceProperties()).isEmpty();
    }

    @Test
    void anExplicitChoiceIsKept() {
        HikariDataSource inUrl = pool("jdbc:postgresql://db.example/hub?reWriteBatchedInserts=false");
        PostgresDriverSettings.rewriteBatchedInserts(inUrl);
        assertThat(inUrl.getDataSourceProperties()).isEmpty();

        HikariDataSource asProperty = pool("jdbc:postgresql://db.example/hub");
        asProperty.addDataSourceProperty("reWriteBatchedInserts", "false");
        PostgresDriverSettings.rewriteBatchedInserts(asProperty);
        assertThat(asProperty.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "false");
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
