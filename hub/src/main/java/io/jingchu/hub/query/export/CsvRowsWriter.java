package io.jingchu.hub.query.export;

import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly, and a header of Chinese labels
 * (or field names). A text cell that a spreadsheet would take for a formula (starting with {@code = + - @}, a tab
 * or a carriage return) gets a leading apostrophe; numbers stay numbers.
 */
public final class CsvRowsWriter implements RowsWriter {

    private final boolean labels;

    /** @param labels the header holds Chinese labels rather than field names */
    public CsvRowsWriter(boolean labels) {
        this.labels = labels;
    }

    @Override
    public void write(ResultRows rows, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        List<ResultColumn> columns = rows.columns();
        boolean[] text = new boolean[columns.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = columns.get(i).type() == FieldType.STRING;
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        for (ResultColumn column : columns) {
            csv.print(neutralized(labels ? column.label() : column.name()));
        }
        csv.println();
        while (rows.next()) {
            for (int i = 0; i < text.length; i++) {
                Object value = rows.value(i);
                if (value == null) {
                    csv.print("");
                } else {
                    String cell = JsonValues.text(value);
                    csv.print(text[i] ? neutralized(cell) : cell);
                }
            }
            csv.println();
        }
        csv.flush();
    }

    /** A text cell that cannot start a formula. */
    public static String neutralized(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
