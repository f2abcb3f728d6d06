package io.jingchu.hub.query.export;

import io.jingchu.hub.query.ResultRows;
import java.io.IOException;
import java.io.OutputStream;

/** Writes streamed rows in one export format, row by row, without holding them. */
public interface RowsWriter {

    void write(ResultRows rows, OutputStream out) throws IOException;
}
