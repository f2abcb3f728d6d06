package io.jingchu.hub.query.duckdb;

import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import io.jingchu.hub.query.RowCount;
import io.jingchu.hub.query.RowEngine;
import io.jingchu.hub.query.RowPage;
import io.jingchu.hub.query.RowQuery;
import io.jingchu.hub.query.RowQuery.Position;
import io.jingchu.hub.query.duckdb.DuckDbDatabase.Deadline;
import io.jingchu.hub.query.duckdb.DuckDbDatabase.Session;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded {@link RowEngine}: in-process DuckDB reading the version's Parquet file directly. Pages and counts
 * run as prepared statements on pooled connections; streams get a connection of their own.
 */
public final class DuckDbRowEngine implements RowEngine, DisposableBean {

    /** Below this many rows, a sorted page is cheap enough without bounding its first key first. */
    private static final long BOUND_FROM_ROWS = 100_000;
    /** Below this many rows, an estimate is simply a count. */
    private static final long SAMPLE_FROM_ROWS = 1_000_000;
    private static final int SAMPLE_PERCENT = 2;
    /**
     * Rows read beyond each side of a sorted page, to see whether a run of equal keys crosses its edges: a few
     * hundred rows cost the top-N next to nothing and cover the runs of most keys people sort by.
     */
    private static final int SLACK = 256;
    private static final long NO_POSITIONS = -1;

    private final DuckDbDatabase database;

    private final SqlSandbox sandbox;

    public DuckDbRowEngine(DuckDbSettings settings, JsonMapper json) throws SQLException {
        this.database = new DuckDbDatabase(settings);
        this.sandbox = new SqlSandbox(database, settings, json);
    }

    /** Where DataStore SQL statements run; it parses them with this engine. */
    public SqlSandbox sandbox() {
        return sandbox;
    }

    @Override
    public RowPage page(DatasetVersion version, RowQuery query, Duration timeLimit) {
        Instant end = Instant.now().plus(timeLimit);
        try (Session session = database.borrow(timeLimit)) {
            boolean sorted = !query.grouped() && !query.distinct() && !query.sort().isEmpty();
            boolean keyed = SelectStatement.orderedByKey(version, query);
            boolean firstInFileOrder = !query.grouped() && !query.distinct() && query.sort().isEmpty()
                    && query.after() == null && !query.rowIds();
            if (firstInFileOrder) {
                List<@Nullable Object[]> rows = run(session, SelectStatement.pageInFileOrder(version, query),
                        query.limit() + 1, left(end));
                if (!query.filtered()) {
                    // Nothing filtered: the page's rows sit at the offset and after it, one after another.
                    return page(version, query, rows, query.offset());
                }
                if (rows.size() <= query.limit()) {
                    return page(version, query, rows, NO_POSITIONS);
                }
                // Another page follows: read this one again with positions, for the cursor to the next.
            }
            if (sorted && !keyed && query.limit() > 0) {
                List<@Nullable Object[]> rows = window(session, version, query, end);
                if (rows != null) {
                    return page(version, query, rows);
                }
            }
            Object bound = null;
            if (sorted && version.rowCount() > BOUND_FROM_ROWS) {
                SelectStatement first = SelectStatement.firstKeyAt(version, query,
                        (query.after() == null ? query.offset() : 0) + query.limit());
                List<@Nullable Object[]> rows = run(session, first, 1, left(end));
                bound = rows.isEmpty() ? null : rows.get(0)[0];
            }
            SelectStatement statement = SelectStatement.page(version, query, bound);
            List<@Nullable Object[]> rows = run(session, statement, query.limit() + 1, left(end));
            return page(version, query, rows);
        }
    }

    /**
     * A sorted page from the engine's own top-N on the sort keys alone (which DuckDB prunes well only without a
     * tie-break), read with some rows to spare before and after the page, then put in the total order by sorting
     * each run of equal keys by position. A run cut off at the window's end is read again on its own, in file
     * order, as far as the page needs; a run cut off at its start answers null, and the caller takes the slower
     * way that is always exact.
     */
    private @Nullable List<@Nullable Object[]> window(Session session, DatasetVersion version, RowQuery query,
            Instant end) {
        long offset = query.after() == null ? query.offset() : 0;
        long start = Math.max(0, offset - SLACK);
        int head = (int) (offset - start);
        int count = head + query.limit() + 1 + SLACK;
        List<@Nullable Object[]> rows = new ArrayList<>(run(session, SelectStatement.window(version, query, start,
                count), count, left(end)));
        if (rows.size() <= head) {
            return List.of();
        }
        int keys = query.sort().size();
        int first = query.columns(version.fields()).size();
        if (start > 0 && sameKeys(rows.get(0), rows.get(head), first, keys)) {
            return null;
        }
        Comparator<Object[]> byPosition = Comparator.comparingLong(row -> (Long) row[first + keys]);
        for (int from = 0, to; from < rows.size(); from = to) {
            to = from + 1;
            while (to < rows.size() && sameKeys(rows.get(from), rows.get(to), first, keys)) {
                to++;
            }
            if (to - from > 1) {
                rows.subList(from, to).sort(byPosition);
            }
        }
        int last = Math.min(rows.size(), head + query.limit()) - 1;
        if (rows.size() == count && sameKeys(rows.get(last), rows.get(rows.size() - 1), first, keys)) {
            int run = last;
            while (run > 0 && sameKeys(rows.get(run - 1), rows.get(last), first, keys)) {
                run--;
            }
            List<@Nullable Object> values = Arrays.asList(Arrays.copyOfRange(rows.get(last), first, first + keys));
            int needed = head + query.limit() + 1 - run;
            List<@Nullable Object[]> ties = run(session, SelectStatement.ties(version, query, values, needed), needed,
                    left(end));
            rows.subList(run, rows.size()).clear();
            rows.addAll(ties);
        }
        return rows.subList(head, Math.min(rows.size(), head + query.limit() + 1));
    }

    private static boolean sameKeys(Object[] a, Object[] b, int first, int keys) {
        for (int i = first; i < first + keys; i++) {
            if (!Objects.equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private RowPage page(DatasetVersion version, RowQuery query, List<@Nullable Object[]> rows) {
        return page(version, query, rows, NO_POSITIONS);
    }

    /**
     * @param firstPosition the first row's position in the file when the rows follow one another from there
     *        without carrying their positions; {@link #NO_POSITIONS} otherwise
     */
    private RowPage page(DatasetVersion version, RowQuery query, List<@Nullable Object[]> rows, long firstPosition) {
        List<ResultColumn> columns = query.columns(version.fields());
        boolean more = rows.size() > query.limit();
        List<@Nullable Object[]> page = more ? rows.subList(0, query.limit()) : rows;
        Position last = null;
        boolean plain = !query.grouped() && !query.distinct();
        if (plain && !page.isEmpty()) {
            Object[] row = page.get(page.size() - 1);
            int keys = query.sort().size();
            List<@Nullable Object> values = Arrays.asList(Arrays.copyOfRange(row, columns.size(), columns.size() + keys));
            // Ordered by a unique key, the values alone say where the page ended: no position was read.
            long position = row.length > columns.size() + keys ? (Long) row[columns.size() + keys]
                    : firstPosition == NO_POSITIONS ? 0 : firstPosition + page.size() - 1;
            last = new Position(values, position);
        }
        List<@Nullable Object[]> visible = new ArrayList<>(page.size());
        for (Object[] row : page) {
            visible.add(row.length == columns.size() ? row : Arrays.copyOf(row, columns.size()));
        }
        return new RowPage(columns, visible, more, last);
    }

    @Override
    public long count(DatasetVersion version, RowQuery query, Duration timeLimit) {
        if (!query.filtered() && !query.grouped() && !query.distinct()) {
            return version.rowCount();
        }
        Instant end = Instant.now().plus(timeLimit);
        try (Session session = database.borrow(timeLimit)) {
            return (Long) run(session, SelectStatement.count(version, query), 1, left(end)).get(0)[0];
        }
    }

    @Override
    public RowCount estimate(DatasetVersion version, RowQuery query, Duration timeLimit) {
        if (query.grouped() || query.distinct() || !query.filtered() || version.rowCount() < SAMPLE_FROM_ROWS) {
            return new RowCount(count(version, query, timeLimit), true);
        }
        Instant end = Instant.now().plus(timeLimit);
        try (Session session = database.borrow(timeLimit)) {
            Object[] sample = run(session, SelectStatement.sample(version, query, SAMPLE_PERCENT), 1, left(end)).get(0);
            long seen = (Long) sample[0];
            long hits = (Long) sample[1];
            if (seen == 0) {
                return new RowCount(count(version, query, left(end)), true);
            }
            return new RowCount(Math.round((double) hits * version.rowCount() / seen), false);
        }
    }

    @Override
    public ResultRows stream(DatasetVersion version, RowQuery query, Duration timeLimit) {
        SelectStatement statement = SelectStatement.all(version, query);
        DuckDBConnection connection = null;
        PreparedStatement prepared = null;
        Deadline deadline = null;
        try {
            connection = database.connect();
            prepared = connection.prepareStatement(statement.text());
            statement.bind(prepared);
            deadline = database.deadline(prepared, timeLimit);
            ResultSet rs = prepared.executeQuery();
            return new StreamedRows(query.columns(version.fields()), connection, prepared, rs, deadline);
        } catch (SQLException e) {
            RuntimeException failure = deadline == null ? new IllegalStateException(e.getMessage(), e)
                    : deadline.failure(e);
            closeQuietly(deadline, prepared, connection);
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(deadline, prepared, connection);
            throw e;
        }
    }

    @Override
    public long writeParquet(DatasetVersion version, RowQuery query, Path target, Duration timeLimit) {
        SelectStatement select = SelectStatement.all(version, query);
        String copy = "COPY (" + select.text() + ") TO " + SqlText.path(target)
                + " " + DatasetVersion.PARQUET_OPTIONS;
        try (DuckDBConnection connection = database.connect();
             PreparedStatement prepared = connection.prepareStatement(copy)) {
            select.bind(prepared);
            try (Deadline deadline = database.deadline(prepared, timeLimit)) {
                try {
                    if (prepared.execute()) {
                        try (ResultSet rs = prepared.getResultSet()) {
                            return rs.next() ? rs.getLong(1) : 0;
                        }
                    }
                    return Math.max(0, prepared.getUpdateCount());
                } catch (SQLException e) {
                    throw deadline.failure(e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs a statement on a pooled connection and reads at most {@code max} rows. */
    private List<@Nullable Object[]> run(Session session, SelectStatement statement, int max, Duration timeLimit) {
        String sql = statement.text();
        try {
            PreparedStatement prepared = session.prepare(sql);
            statement.bind(prepared);
            try (Deadline deadline = database.deadline(prepared, timeLimit)) {
                try (ResultSet rs = prepared.executeQuery()) {
                    ColumnReaders.Reader[] readers = ColumnReaders.of(rs.getMetaData());
                    List<@Nullable Object[]> rows = new ArrayList<>(Math.min(max, 1024));
                    while (rows.size() < max && rs.next()) {
                        Object[] row = new Object[readers.length];
                        for (int i = 0; i < readers.length; i++) {
                            row[i] = readers[i].read(rs, i + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                } catch (SQLException e) {
                    session.forget(sql);
                    throw deadline.failure(e);
                }
            }
        } catch (SQLException e) {
            session.forget(sql);
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Duration left(Instant end) {
        Duration left = Duration.between(Instant.now(), end);
        return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
    }

    private static void closeQuietly(@Nullable AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception ignored) {
                    // already failing; the first failure is the one reported
                }
            }
        }
    }

    @Override
    public void destroy() throws SQLException {
        database.close();
    }

    /** A result read row by row from its own connection. */
    private static final class StreamedRows implements ResultRows {

        private final List<ResultColumn> columns;
        private final DuckDBConnection connection;
        private final PreparedStatement statement;
        private final ResultSet rs;
        private final Deadline deadline;
        private final ColumnReaders.Reader[] readers;
        private long count;

        StreamedRows(List<ResultColumn> columns, DuckDBConnection connection, PreparedStatement statement,
                ResultSet rs, Deadline deadline) throws SQLException {
            this.columns = columns;
            this.connection = connection;
            this.statement = statement;
            this.rs = rs;
            this.deadline = deadline;
            this.readers = ColumnReaders.of(rs.getMetaData());
        }

        @Override
        public List<ResultColumn> columns() {
            return columns;
        }

        @Override
        public boolean next() {
            try {
                boolean next = rs.next();
                if (next) {
                    count++;
                }
                return next;
            } catch (SQLException e) {
                throw deadline.failure(e);
            }
        }

        @Override
        public @Nullable Object value(int column) {
            try {
                return readers[column].read(rs, column + 1);
            } catch (SQLException e) {
                throw deadline.failure(e);
            }
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public void close() {
            closeQuietly(deadline, rs, statement, connection);
        }
    }
}
