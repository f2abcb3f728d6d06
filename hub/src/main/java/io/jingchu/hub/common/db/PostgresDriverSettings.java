package io.jingchu.hub.common.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL's driver sends every row of a batched INSERT as a statement of its own unless it is told to rewrite
 * the batch into multi-row INSERTs; the ledger's entries, the access record and the loads' bookkeeping all insert
 * in batches, and the server then parses and runs one statement per few dozen rows instead of one per row. Turned
 * on here for a PostgreSQL URL that does not set it itself, so that production needs no driver option in its URL.
 * H2's driver refuses options it does not know, hence only for PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class PostgresDriverSettings {

    static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

    @Bean
    static BeanPostProcessor postgresBatchRewrite() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    rewriteBatchedInserts(pool);
                }
                return bean;
            }
        };
    }

    static void rewriteBatchedInserts(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(REWRITE_BATCHED_INSERTS)
                && !pool.getDataSourceProperties().containsKey(REWRITE_BATCHED_INSERTS)) {
            pool.addDataSourceProperty(REWRITE_BATCHED_INSERTS, "true");
        }
    }
}
