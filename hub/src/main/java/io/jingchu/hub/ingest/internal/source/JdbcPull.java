package io.jingchu.hub.ingest.internal.source;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Pulls a table or a read-only query from PostgreSQL, MySQL or MariaDB into UTF-8 CSV, the column labels as
 * header and the values in the forms of {@link ValueText}. Rows are streamed (a cursor on PostgreSQL, a
 * streaming result on MariaDB), never held all at once.
 *
 * <p>A source is somebody else's database, so nothing may change it: the query is checked before connecting
 * ({@link ReadOnlyQueries}), the connection is read-only, the work runs in a read-only transaction that is
 * rolled back, multi-statement and local-file features of the drivers are off, and only a few URL
 * parameters are allowed. The database account's own privileges remain the last word; publishers should
 * give the hub an account that may only read.
 */
public final class JdbcPull {

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 1_000;

    /** How often, in rows, progress is reported. */
    static final int PROGRESS_EVERY = 1_000;

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]{0,62}");
    private static final int MAX_MESSAGE = 300;

    private JdbcPull() {
    }

    /**
     * Checks a source without connecting: the URL, and the table name or query.
     *
     * @return the statement that {@link #toCsv} would run
     * @throws DomainException {@code FIELD_INVALID} on {@code jdbc.url} or {@code jdbc.table},
     *     {@code SQL_NOT_ALLOWED} on {@code jdbc.query}
     */
    public static String statement(JdbcSource source) {
        SqlDialect dialect = SqlDialect.of(source.url());
        if (source.table() != null) {
            return "SELECT * FROM " + qualifiedName(source.table(), dialect);
        }
        return ReadOnlyQueries.check(Objects.requireNonNull(source.query()), dialect);
    }

    /**
     * Writes every row of the source's table or query as CSV.
     *
     * @param timeout how long connecting, and the query's execution, may take; also the longest wait for a
     *     batch of rows
     * @param rowsWritten told the number of rows written so far, every {@value #PROGRESS_EVERY} rows and at
     *     the end; an exception it throws stops the pull and is rethrown as it is
     * @return the number of rows written
     * @throws DomainException as {@link #statement(JdbcSource)}; {@code SOURCE_FAILED} when the database
     *     cannot be reached or refuses the work (on {@code jdbc.url} for connecting, on {@code jdbc.table} or
     *     {@code jdbc.query} for the statement), the argument being the driver's message without the password.
     *     No output is left behind on any failure.
     */
    public static long toCsv(JdbcSource source, Path outCsv, Duration timeout, LongConsumer rowsWritten) {
        return run(source, statement(source), outCsv, timeout, rowsWritten);
    }

    /**
     * Runs a statement as {@link #toCsv} does but without checking it first, so that tests can show the
     * database-side guards holding on their own.
     */
    static long run(JdbcSource source, String sql, Path outCsv, Duration timeout, LongConsumer rowsWritten) {
        SqlDialect dialect = SqlDialect.of(source.url());
        boolean done = false;
        try {
            long rows = pull(source, dialect, sql, outCsv, timeout, rowsWritten);
            done = true;
            return rows;
        } finally {
            if (!done) {
                TextEncodings.deleteQuietly(outCsv);
            }
        }
    }

    private static long pull(JdbcSource source, SqlDialect dialect, String sql, Path outCsv, Duration timeout,
            LongConsumer rowsWritten) {
        String statementField = source.table() != null ? "jdbc.table" : ReadOnlyQueries.FIELD;
        Connection connection = connect(source, dialect, timeout);
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(outCsv, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            long rows;
            try {
                beginReadOnly(connection, dialect);
                rows = copy(connection, sql, timeout, printer, rowsWritten);
                connection.rollback();
            } catch (SQLException e) {
                abort(connection);
                throw failed(statementField, e, source.password());
            } catch (RuntimeException | IOException e) {
                // A stream cut short would make the driver drain the rest of the result first; abort instead.
                abort(connection);
                throw e;
            }
            printer.flush();
            rowsWritten.accept(rows);
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static Connection connect(JdbcSource source, SqlDialect dialect, Duration timeout) {
        Properties properties = new Properties();
        properties.setProperty("user", source.user());
        properties.setProperty("password", source.password());
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        if (dialect == SqlDialect.POSTGRESQL) {
            properties.setProperty("connectTimeout", Long.toString(seconds));
            properties.setProperty("loginTimeout", Long.toString(seconds));
            properties.setProperty("socketTimeout", Long.toString(seconds));
            properties.setProperty("ApplicationName", "jingchu-hub");
        } else {
            properties.setProperty("connectTimeout", Long.toString(seconds * 1000));
            properties.setProperty("socketTimeout", Long.toString(seconds * 1000));
            properties.setProperty("allowLocalInfile", "false");
            properties.setProperty("allowMultiQueries", "false");
        }
        try {
            Connection connection = dialect.driver().connect(SqlDialect.driverUrl(source.url()), properties);
            if (connection == null) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, SqlDialect.URL_FIELD, "the driver does not accept the URL");
            }
            return connection;
        } catch (SQLException e) {
            throw failed(SqlDialect.URL_FIELD, e, source.password());
        }
    }

    /**
     * Makes every transaction of the session read-only, not just the one the statement runs in: should a
     * statement end that transaction (a {@code COMMIT} smuggled in), whatever follows is still read-only.
     */
    private static void beginReadOnly(Connection connection, SqlDialect dialect) throws SQLException {
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect == SqlDialect.POSTGRESQL
                    ? "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"
                    : "SET SESSION TRANSACTION READ ONLY");
        }
        // PostgreSQL streams with a cursor only inside a transaction; both databases get an explicit read-only one.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect == SqlDialect.POSTGRESQL ? "SET TRANSACTION READ ONLY" : "START TRANSACTION READ ONLY");
        }
    }

    private static long copy(Connection connection, String sql, Duration timeout, CSVPrinter printer,
            LongConsumer rowsWritten) throws SQLException, IOException {
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setQueryTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, (timeout.toMillis() + 999) / 1000)));
            try (ResultSet rs = statement.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                List<String> header = new ArrayList<>(columns);
                int[] types = new int[columns];
                String[] typeNames = new String[columns];
                for (int c = 1; c <= columns; c++) {
                    header.add(meta.getColumnLabel(c));
                    types[c - 1] = meta.getColumnType(c);
                    typeNames[c - 1] = String.valueOf(meta.getColumnTypeName(c));
                }
                printer.printRecord(header);
                long rows = 0;
                List<@Nullable String> record = new ArrayList<>(columns);
                while (rs.next()) {
                    record.clear();
                    for (int c = 1; c <= columns; c++) {
                        record.add(text(rs, c, types[c - 1], typeNames[c - 1]));
                    }
                    printer.printRecord(record);
                    rows++;
                    if (rows % PROGRESS_EVERY == 0) {
                        rowsWritten.accept(rows);
                    }
                }
                return rows;
            }
        }
    }

    /** One value in its textual form; null for SQL NULL, written as an empty field. */
    static @Nullable String text(ResultSet rs, int column, int type, String typeName) throws SQLException {
        switch (type) {
            case Types.DATE -> {
                LocalDate value = rs.getObject(column, LocalDate.class);
                return value == null ? null : ValueText.date(value);
            }
            case Types.TIME -> {
                LocalTime value = rs.getObject(column, LocalTime.class);
                return value == null ? null : ValueText.time(value);
            }
            case Types.TIMESTAMP -> {
                if (typeName.equalsIgnoreCase("timestamptz")) {
                    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                    return value == null ? null : ValueText.dateTime(value);
                }
                LocalDateTime value = rs.getObject(column, LocalDateTime.class);
                return value == null ? null : ValueText.dateTime(value);
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                return value == null ? null : ValueText.dateTime(value);
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] value = rs.getBytes(column);
                return value == null ? null : ValueText.hex(value);
            }
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB, Types.OTHER, Types.ARRAY, Types.SQLXML, Types.STRUCT, Types.TIME_WITH_TIMEZONE -> {
                return rs.getString(column);
            }
            default -> {
                return object(rs.getObject(column));
            }
        }
    }

    private static @Nullable String object(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return ValueText.bool(b);
        }
        if (value instanceof BigDecimal d) {
            return ValueText.decimal(d);
        }
        if (value instanceof Double d) {
            return ValueText.number(d);
        }
        if (value instanceof Float f) {
            return ValueText.number(f);
        }
        if (value instanceof byte[] bytes) {
            return ValueText.hex(bytes);
        }
        if (value instanceof java.sql.Date d) {
            return ValueText.date(d.toLocalDate());
        }
        if (value instanceof java.sql.Timestamp t) {
            return ValueText.dateTime(t.toLocalDateTime());
        }
        return value.toString();
    }

    private static String qualifiedName(String table, SqlDialect dialect) {
        String[] parts = table.trim().split("\\.", -1);
        if (parts.length > 2) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "jdbc.table", "schema.table at most");
        }
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, "jdbc.table", "not a plain table name");
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(dialect.quote(part));
        }
        return name.toString();
    }

    /** A refusal by the database, its message stripped of the password in case the driver echoed it. */
    private static DomainException failed(String field, SQLException e, String password) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!password.isEmpty()) {
            message = message.replace(password, "***");
        }
        message = message.strip();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
        return DomainException.onField(ErrorCode.SOURCE_FAILED, field, message);
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // the connection is being given up anyway
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // a rolled-back read-only transaction leaves nothing to lose
        }
    }
}
