package io.jingchu.bench;

import io.jingchu.hub.ingest.DatasetVersion;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ConfigurableApplicationContext;

/** Query latencies on the 10-million-row version: the hub's API, PostgreSQL and DuckDB alone, same queries. */
final class QueryBench {

    private QueryBench() {
    }

    static void run(ConfigurableApplicationContext hub, EmbeddedPostgres pg, DatasetVersion version) {
        System.out.println("(query benchmark runs once the rows API is in)");
    }

    static void corpus(ConfigurableApplicationContext hub, java.util.List<io.jingchu.hub.catalog.DataResource> resources) {
        System.out.println("(corpus query latencies run once the rows API is in)");
    }
}
