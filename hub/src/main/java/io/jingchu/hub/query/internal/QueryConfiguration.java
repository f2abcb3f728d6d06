package io.jingchu.hub.query.internal;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.ingest.DatasetVersions;
import io.jingchu.hub.query.RowEngine;
import io.jingchu.hub.query.duckdb.DuckDbRowEngine;
import io.jingchu.hub.query.duckdb.DuckDbSettings;
import io.jingchu.hub.query.duckdb.SqlSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires querying from its parts: the engine under {@code tmp/query}, the parser, the service. */
@Configuration(proxyBeanMethods = false)
class QueryConfiguration {

    @Bean
    DuckDbSettings duckDbSettings(QueryProperties settings, HubProperties hub) {
        Path work = hub.dir("tmp").resolve("query");
        clean(work.resolve("exports"), settings.exportTimeLimit().plusHours(1));
        return new DuckDbSettings(settings.threads(), settings.memoryLimit(), settings.connections(),
                hub.dir("datasets"), work, settings.sqlMemoryLimit(), settings.sqlThreads());
    }

    @Bean
    DuckDbRowEngine rowEngine(DuckDbSettings settings, JsonMapper json) throws SQLException {
        return new DuckDbRowEngine(settings, json);
    }

    @Bean
    SqlSandbox sqlSandbox(DuckDbRowEngine engine) {
        return engine.sandbox();
    }

    @Bean
    CursorCodec cursorCodec(QueryProperties settings, HubProperties hub, JsonMapper json) {
        return new CursorCodec(CursorKey.of(settings.cursorSecret(), hub.dir("keys").resolve("cursor.key")), json);
    }

    @Bean
    RowRequestParser rowRequestParser(QueryProperties settings, CursorCodec cursors) {
        return new RowRequestParser(settings.defaultLimit(), settings.maxLimit(), cursors);
    }

    @Bean
    DataReads dataReads(CatalogApi catalog, AccessApi access, DatasetVersions versions) {
        return new DataReads(catalog, access, versions);
    }

    @Bean
    QueryService queryService(DataReads reads, RowEngine engine, RowRequestParser parser, CursorCodec cursors,
            QueryProperties settings, DuckDbSettings duckDb) {
        return new QueryService(reads, engine, parser, cursors, settings, duckDb.work().resolve("exports"));
    }

    /**
     * Exports left behind by a stopped instance are of no use to anyone; those younger than the longest an export
     * may run could be another instance's, at work in the same data directory.
     */
    private static void clean(Path exports, Duration age) {
        try {
            Files.createDirectories(exports);
            Instant before = Instant.now().minus(age);
            try (Stream<Path> files = Files.list(exports)) {
                for (Path file : files.toList()) {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
