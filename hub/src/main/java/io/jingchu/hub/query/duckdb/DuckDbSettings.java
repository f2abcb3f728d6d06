package io.jingchu.hub.query.duckdb;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the embedded engine is set up.
 *
 * @param threads 0 for one per core
 * @param memoryLimit a size such as {@code 2GB}
 * @param connections connections kept for pages and counts
 * @param datasets the directory published versions live under: the only one the engine reads
 * @param work a directory of the engine's own: spill files and exports being written
 * @param sqlMemoryLimit memory of one SQL sandbox
 * @param sqlThreads threads of one SQL sandbox
 */
public record DuckDbSettings(int threads, String memoryLimit, int connections, Path datasets, Path work,
        String sqlMemoryLimit, int sqlThreads) {

    public DuckDbSettings {
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(work, "work");
        SqlText.size(memoryLimit);
        SqlText.size(sqlMemoryLimit);
    }
}
