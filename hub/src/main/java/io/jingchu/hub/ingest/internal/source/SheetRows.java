package io.jingchu.hub.ingest.internal.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns a sheet's rows into CSV records. The first row that has any value is the header and fixes the width;
 * entirely empty rows are skipped (spreadsheets are full of them below and between the data); shorter rows
 * are padded. A value to the right of the header has no column to go to and refuses the sheet, rather than
 * being dropped unseen.
 */
final class SheetRows {

    /** How often, in data rows, progress is reported. */
    static final int PROGRESS_EVERY = 1_000;

    private final CSVPrinter printer;
    private final LongConsumer rowsWritten;
    private int width = -1;
    private long rows;

    SheetRows(CSVPrinter printer, LongConsumer rowsWritten) {
        this.printer = printer;
        this.rowsWritten = rowsWritten;
    }

    /**
     * One row of the sheet.
     *
     * @param rowNumber the spreadsheet's own 1-based row number, for messages
     * @param cells the cells' text by column index, {@code ""} for an empty cell; trailing empties may be absent
     */
    void row(long rowNumber, List<String> cells) {
        int used = usedWidth(cells);
        if (used == 0) {
            return;
        }
        if (width < 0) {
            width = used;
            print(cells.subList(0, used));
            return;
        }
        if (used > width) {
            throw Spreadsheets.malformed("row " + rowNumber + " has a value in column " + columnName(used - 1) + ", right of the header");
        }
        List<String> record = new ArrayList<>(width);
        record.addAll(cells.subList(0, used));
        while (record.size() < width) {
            record.add("");
        }
        print(record);
        rows++;
        if (rows % PROGRESS_EVERY == 0) {
            report();
        }
    }

    /** Ends the sheet; a sheet without any value has no header and is refused. */
    void finish(String sheet) {
        if (width < 0) {
            throw Spreadsheets.malformed("sheet " + sheet + " is empty");
        }
        try {
            printer.flush();
        } catch (IOException e) {
            throw new PassThrough(new UncheckedIOException(e));
        }
        report();
    }

    long rows() {
        return rows;
    }

    private void print(List<String> record) {
        try {
            printer.printRecord(record);
        } catch (IOException e) {
            throw new PassThrough(new UncheckedIOException(e));
        }
    }

    /** The caller's progress sink may stop the conversion by throwing (a cancelled load); that is not the file's fault. */
    private void report() {
        try {
            rowsWritten.accept(rows);
        } catch (RuntimeException e) {
            throw new PassThrough(e);
        }
    }

    private static int usedWidth(List<String> cells) {
        int used = cells.size();
        while (used > 0 && cells.get(used - 1).isEmpty()) {
            used--;
        }
        return used;
    }

    /** The spreadsheet's name for a 0-based column index: A, B, … Z, AA, AB, … */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** The 0-based column index of a cell reference such as {@code AB12}, or -1 when it has no letters. */
    static int columnIndex(String reference) {
        int index = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : index - 1;
    }

    /**
     * Carries a failure that is not the workbook's (writing the output, or the caller's progress sink
     * stopping the work) through the reader, to be rethrown as it was instead of being taken for a damaged file.
     */
    static final class PassThrough extends RuntimeException {
        PassThrough(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
