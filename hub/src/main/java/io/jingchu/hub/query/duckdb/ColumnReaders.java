package io.jingchu.hub.query.duckdb;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a result's values as the plain Java types answers are written from, choosing how once per column from
 * the engine's type rather than once per value.
 */
final class ColumnReaders {

    @FunctionalInterface
    interface Reader {
        @Nullable Object read(ResultSet rs, int column) throws SQLException;
    }

    private ColumnReaders() {
    }

    static Reader[] of(ResultSetMetaData meta) throws SQLException {
        Reader[] readers = new Reader[meta.getColumnCount()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = of(meta.getColumnTypeName(i + 1));
        }
        return readers;
    }

    static Reader of(String engineType) {
        String type = engineType.toUpperCase(Locale.ROOT);
        if (type.startsWith("DECIMAL")) {
            return ColumnReaders::decimal;
        }
        return switch (type) {
            case "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT" ->
                    ColumnReaders::integer;
            case "HUGEINT", "UHUGEINT" -> ColumnReaders::huge;
            case "DOUBLE", "FLOAT" -> ColumnReaders::real;
            case "BOOLEAN" -> ColumnReaders::bool;
            case "DATE" -> ColumnReaders::date;
            case "TIMESTAMP", "TIMESTAMP_MS", "TIMESTAMP_NS", "TIMESTAMP_S" -> ColumnReaders::timestamp;
            default -> ColumnReaders::text;
        };
    }

    private static @Nullable Object integer(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Object huge(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return value;
    }

    private static @Nullable Object decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }

    private static @Nullable Object real(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Object bool(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Object date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static @Nullable Object timestamp(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static @Nullable Object text(ResultSet rs, int column) throws SQLException {
        return rs.getString(column);
    }
}
