package io.jingchu.hub.query.duckdb;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.query.duckdb.DuckDbDatabase.Deadline;
import io.jingchu.hub.query.duckdb.DuckDbDatabase.Session;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one caller-written SQL statement (CKAN's {@code datastore_search_sql}) in a database of its own: a new
 * in-memory DuckDB per statement, holding one view per resource the statement names, over that resource's newest
 * Parquet file. Before the statement runs, the database is limited to reading the directories of those files,
 * external access is switched off and the configuration locked, so that even a statement that slipped past
 * {@link #tables the check} could reach nothing else. The statement runs with a time limit and a row cap.
 */
public final class SqlSandbox {

    private final DuckDbDatabase database;
    private final DuckDbSettings settings;
    private final SelectCheck check;

    SqlSandbox(DuckDbDatabase database, DuckDbSettings settings, JsonMapper json) {
        this.database = database;
        this.settings = settings;
        this.check = new SelectCheck(json);
    }

    /** A column of a result: its name and the engine's type name. */
    public record Column(String name, String type) {
    }

    public record Result(List<Column> columns, List<@Nullable Object[]> rows) {
    }

    /**
     * The resource codes the statement reads, once DuckDB's parser has shown it to be one SELECT over tables
     * named by bare names ({@code SQL_NOT_ALLOWED} otherwise).
     */
    public Set<String> tables(String sql, Duration timeLimit) {
        String tree;
        try (Session session = database.borrow(timeLimit)) {
            String text = "SELECT json_serialize_sql(CAST(? AS VARCHAR))";
            try {
                PreparedStatement statement = session.prepare(text);
                statement.setString(1, sql);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    tree = rs.getString(1);
                }
            } catch (SQLException e) {
                session.forget(text);
                throw SelectCheck.refused(e.getMessage());
            }
        }
        Set<String> tables = check.tables(tree);
        Set<String> folded = new LinkedHashSet<>();
        for (String table : tables) {
            if (!folded.add(table.toLowerCase(Locale.ROOT))) {
                throw SelectCheck.refused("table names differ only in case: " + table);
            }
        }
        return tables;
    }

    /**
     * Runs a checked statement over views named after the resources, each over its Parquet file; more than
     * {@code rowLimit} rows is {@code ROW_LIMIT_EXCEEDED}.
     */
    public Result run(String sql, Map<String, Path> views, int rowLimit, Duration timeLimit) {
        Instant end = Instant.now().plus(timeLimit);
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", properties)) {
            prepare(db, views);
            PreparedStatement statement;
            try {
                statement = db.prepareStatement(sql);
            } catch (SQLException e) {
                throw SelectCheck.refused(message(e));
            }
            try (statement; Deadline deadline = database.deadline(statement, left(end))) {
                try (ResultSet rs = statement.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<Column> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(new Column(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
                    }
                    ColumnReaders.Reader[] readers = ColumnReaders.of(meta);
                    List<@Nullable Object[]> rows = new ArrayList<>();
                    while (rs.next()) {
                        if (rows.size() == rowLimit) {
                            throw DomainException.onField(ErrorCode.ROW_LIMIT_EXCEEDED, "sql", rowLimit);
                        }
                        Object[] row = new Object[readers.length];
                        for (int i = 0; i < readers.length; i++) {
                            row[i] = readers[i].read(rs, i + 1);
                        }
                        rows.add(row);
                    }
                    return new Result(columns, rows);
                } catch (SQLException e) {
                    if (deadline.expired()) {
                        throw DuckDbDatabase.timeLimit(timeLimit);
                    }
                    throw SelectCheck.refused(message(e));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the SQL sandbox: " + e.getMessage(), e);
        }
    }

    private void prepare(DuckDBConnection db, Map<String, Path> views) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SET threads = " + settings.sqlThreads());
            s.execute("SET memory_limit = " + SqlText.size(settings.sqlMemoryLimit()));
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET enable_progress_bar = false");
            Set<String> directories = new LinkedHashSet<>();
            for (Map.Entry<String, Path> view : views.entrySet()) {
                s.execute("CREATE VIEW " + SqlText.identifier(view.getKey()) + " AS SELECT * FROM read_parquet("
                        + SqlText.path(view.getValue()) + ")");
                directories.add(SqlText.directory(view.getValue().toAbsolutePath().normalize().getParent()));
            }
            if (directories.isEmpty()) {
                directories.add(SqlText.directory(settings.datasets()));
            }
            s.execute("SET allowed_directories = [" + String.join(", ", directories) + "]");
            s.execute("SET enable_external_access = false");
            s.execute("SET lock_configuration = true");
        }
    }

    /** The engine's message without the statement echoed back line by line. */
    private static String message(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int line = message.indexOf('\n');
        return (line < 0 ? message : message.substring(0, line)).strip();
    }

    private static Duration left(Instant end) {
        Duration left = Duration.between(Instant.now(), end);
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }
}
