package io.jingchu.hub.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows streamed from an engine, one at a time, never all in memory. Values are {@code String}, {@code Long},
 * {@code BigInteger}, {@code BigDecimal}, {@code Double}, {@code Boolean}, {@code LocalDate} or
 * {@code LocalDateTime}, or null.
 */
public interface ResultRows extends AutoCloseable {

    List<ResultColumn> columns();

    /** Moves to the next row; false when there is none. */
    boolean next();

    /** A value of the current row, by column index. */
    @Nullable Object value(int column);

    /** Rows read so far. */
    long count();

    /** Ends the stream; an unfinished query is cancelled. */
    @Override
    void close();
}
