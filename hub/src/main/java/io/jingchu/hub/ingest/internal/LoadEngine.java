package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.common.HubProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.DisposableBean;

/**
 * The in-process DuckDB database loads run in: in memory, spilling to {@code tmp/duckdb} when a load needs
 * more than the memory limit. Each load gets its own connection.
 */
final class LoadEngine implements DisposableBean {

    private final DuckDBConnection root;

    LoadEngine(IngestProperties settings, HubProperties hub) throws Exception {
        Path spill = Files.createDirectories(hub.dir("tmp").resolve("duckdb-ingest"));
        this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = root.createStatement()) {
            if (!settings.memoryLimit().matches("[0-9]{1,6}(\\.[0-9]{1,3})? ?([KMGT]i?B)?")) {
                throw new IllegalArgumentException("jingchu.ingest.memory-limit: not a size: " + settings.memoryLimit());
            }
            s.execute("SET memory_limit = '" + settings.memoryLimit() + "'");
            if (settings.threads() > 0) {
                s.execute("SET threads = " + settings.threads());
            }
            s.execute("SET temp_directory = " + SqlText.path(spill));
            s.execute("SET enable_progress_bar = true");
            s.execute("SET enable_progress_bar_print = false");
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = true");
        }
    }

    DuckDBConnection connect() throws SQLException {
        return root.duplicate();
    }

    @Override
    public void destroy() throws SQLException {
        root.close();
    }
}
