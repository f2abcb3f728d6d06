package io.jingchu.hub.query.ckan;

import io.jingchu.hub.query.RowEngine;
import io.jingchu.hub.query.duckdb.SqlSandbox;
import io.jingchu.hub.query.internal.DataReads;
import io.jingchu.hub.query.internal.QueryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the DataStore actions. */
@Configuration(proxyBeanMethods = false)
class DatastoreConfiguration {

    @Bean
    DatastoreSearch datastoreSearch(DataReads reads, RowEngine engine, SqlSandbox sandbox, QueryProperties settings) {
        return new DatastoreSearch(reads, engine, sandbox, settings);
    }
}
