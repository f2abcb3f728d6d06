package io.jingchu.hub.query.duckdb;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The query engine's one in-process, in-memory DuckDB database (separate from the one loads run in). Pages and
 * counts borrow one of a few long-lived connections, each keeping its prepared statements, so that a repeated
 * query shape skips parsing and planning; a stream gets a connection of its own for as long as it runs. Results
 * stream from the engine rather than being collected in it first.
 *
 * <p>The database may only read the datasets directory and write its own work directory, and its settings are
 * locked once made: defence in depth beneath the rule that no request text reaches a statement.
 */
final class DuckDbDatabase implements AutoCloseable {

    private static final int STATEMENTS_PER_CONNECTION = 64;

    private final DuckDBConnection root;
    private final BlockingQueue<Session> sessions;
    private final List<Session> all = new ArrayList<>();
    private final ScheduledExecutorService timer;

    DuckDbDatabase(DuckDbSettings settings) throws SQLException {
        try {
            Files.createDirectories(settings.datasets());
            Files.createDirectories(settings.work().resolve("spill"));
            Files.createDirectories(settings.work().resolve("exports"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement s = root.createStatement()) {
            if (settings.threads() > 0) {
                s.execute("SET threads = " + settings.threads());
            }
            s.execute("SET memory_limit = " + SqlText.size(settings.memoryLimit()));
            s.execute("SET temp_directory = " + SqlText.path(settings.work().resolve("spill")));
            s.execute("SET parquet_metadata_cache = true");
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = true");
            s.execute("SET enable_progress_bar = false");
            s.execute("SET allowed_directories = [" + SqlText.directory(settings.datasets()) + ", "
                    + SqlText.directory(settings.work()) + "]");
            s.execute("SET enable_external_access = false");
            s.execute("SET lock_configuration = true");
        }
        this.sessions = new ArrayBlockingQueue<>(settings.connections());
        for (int i = 0; i < settings.connections(); i++) {
            Session session = new Session(root.duplicate());
            all.add(session);
            sessions.add(session);
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "query-time-limit");
            t.setDaemon(true);
            return t;
        });
    }

    /** A pooled connection for one short query, waited for at most {@code wait}. */
    Session borrow(Duration wait) {
        try {
            Session session = sessions.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (session == null) {
                throw timeLimit(wait);
            }
            return session;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeLimit(wait);
        }
    }

    /** A connection of its own, for a long stream; the caller closes it. */
    DuckDBConnection connect() throws SQLException {
        return root.duplicate();
    }

    /** Cancels the statement once the time limit has passed, unless the returned guard was closed first. */
    Deadline deadline(Statement statement, Duration limit) {
        Deadline deadline = new Deadline(statement, limit);
        deadline.future = timer.schedule(deadline::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
        return deadline;
    }

    static DomainException timeLimit(Duration limit) {
        return new DomainException(ErrorCode.QUERY_TIME_LIMIT, null, Math.max(1, limit.toSeconds()));
    }

    @Override
    public void close() throws SQLException {
        timer.shutdownNow();
        for (Session session : all) {
            session.closeAll();
        }
        root.close();
    }

    /** A pooled connection and the statements prepared on it. Used by one thread at a time. */
    final class Session implements AutoCloseable {

        private final DuckDBConnection connection;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

        private Session(DuckDBConnection connection) {
            this.connection = connection;
        }

        /** The statement for this text, prepared once per connection. */
        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
                if (statements.size() > STATEMENTS_PER_CONNECTION) {
                    var eldest = statements.entrySet().iterator().next();
                    statements.remove(eldest.getKey());
                    eldest.getValue().close();
                }
            }
            return statement;
        }

        /** Drops a statement that failed, so that the next use prepares it afresh. */
        void forget(String sql) {
            PreparedStatement statement = statements.remove(sql);
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // it failed already; a new one will be prepared
                }
            }
        }

        private void closeAll() throws SQLException {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            connection.close();
        }

        /** Back to the pool. */
        @Override
        public void close() {
            sessions.add(this);
        }
    }

    /** Cancels a statement when its time is up; closing it first disarms it. */
    static final class Deadline implements AutoCloseable {

        private final Statement statement;
        private final Duration limit;
        private @Nullable ScheduledFuture<?> future;
        private boolean done;
        private boolean expired;

        private Deadline(Statement statement, Duration limit) {
            this.statement = statement;
            this.limit = limit;
        }

        private synchronized void expire() {
            if (done) {
                return;
            }
            expired = true;
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // the statement finished or failed meanwhile
            }
        }

        synchronized boolean expired() {
            return expired;
        }

        /** The failure to report for an exception the statement ended with. */
        RuntimeException failure(SQLException e) {
            if (expired()) {
                return timeLimit(limit);
            }
            return new IllegalStateException("query failed: " + e.getMessage(), e);
        }

        @Override
        public synchronized void close() {
            done = true;
            if (future != null) {
                future.cancel(false);
            }
        }
    }
}
