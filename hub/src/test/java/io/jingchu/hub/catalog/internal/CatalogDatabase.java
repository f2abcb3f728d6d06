package io.jingchu.hub.catalog.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.jingchu.hub.testing.TestDatabase;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database of this test pass's kind (H2 or PostgreSQL, see {@link TestDatabase}) with the hub's
 * migrations applied: the catalog's tables without the rest of the application.
 */
final class CatalogDatabase implements AutoCloseable {

    final HikariDataSource dataSource;
    final JdbcClient jdbc;
    final TransactionTemplate tx;

    private CatalogDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    static CatalogDatabase fresh() {
        Map<String, Object> settings = TestDatabase.connection();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl((String) settings.get("spring.datasource.url"));
        ds.setUsername((String) settings.get("spring.datasource.username"));
        ds.setPassword((String) settings.get("spring.datasource.password"));
        ds.setMaximumPoolSize(6);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new CatalogDatabase(ds);
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
