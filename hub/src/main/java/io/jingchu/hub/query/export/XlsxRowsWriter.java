package io.jingchu.hub.query.export;

import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming SXSSF: only a window of rows is in memory, the rest goes to a
 * temporary file until the workbook is written out. A new sheet starts every {@code rowsPerSheet} rows (Excel
 * holds 1,048,576 per sheet), each with the header of Chinese labels. Numbers are numeric cells unless a double
 * would lose digits, dates are date cells.
 */
public final class XlsxRowsWriter implements RowsWriter {

    public static final int ROWS_PER_SHEET = 1_000_000;
    private static final long EXACT_IN_DOUBLE = 1L << 53;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final int rowsPerSheet;

    public XlsxRowsWriter(int rowsPerSheet) {
        if (rowsPerSheet < 1 || rowsPerSheet >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalArgumentException("rows per sheet: " + rowsPerSheet);
        }
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public void write(ResultRows rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            List<ResultColumn> columns = rows.columns();
            Sheet sheet = null;
            int rowIndex = 0;
            long written = 0;
            while (rows.next()) {
                if (sheet == null || written % rowsPerSheet == 0) {
                    sheet = workbook.createSheet("数据" + (workbook.getNumberOfSheets() + 1));
                    header(sheet, columns);
                    rowIndex = 1;
                }
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rows.value(i);
                    if (value != null) {
                        cell(row.createCell(i), value, date, timestamp);
                    }
                }
                written++;
            }
            if (sheet == null) {
                header(workbook.createSheet("数据1"), columns);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void header(Sheet sheet, List<ResultColumn> columns) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).label());
        }
    }

    private static void cell(Cell cell, Object value, CellStyle date, CellStyle timestamp) {
        if (value instanceof Long l && Math.abs(l) <= EXACT_IN_DOUBLE) {
            cell.setCellValue(l.doubleValue());
        } else if (value instanceof BigDecimal d && d.precision() <= 15) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(timestamp);
        } else if (value instanceof BigInteger || value instanceof Long || value instanceof BigDecimal) {
            cell.setCellValue(JsonValues.text(value));
        } else {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
        }
    }
}
