package io.jingchu.hub.ingest.internal.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part ({@code xl/worksheets/sheetN.xml}) as a SAX stream and hands its rows to
 * {@link SheetRows}, so that a sheet of a million rows never sits in memory. Cell values are taken from
 * their stored form, not from their display format: numbers, dates (numbers with a date style), booleans,
 * shared and inline strings, cached formula results and error values.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Columns a worksheet may have (XFD). */
    static final int MAX_COLUMNS = 16_384;

    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final SheetRows out;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private final List<String> cells = new ArrayList<>();
    private long rowNumber;
    private int column;
    private @Nullable String type;
    private int style;
    private final StringBuilder text = new StringBuilder();
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean sawValue;

    SheetXmlHandler(SharedStrings sharedStrings, StylesTable styles, boolean date1904, SheetRows out) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.out = out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r);
                cells.clear();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : SheetRows.columnIndex(r);
                if (column < 0 || column >= MAX_COLUMNS) {
                    throw Spreadsheets.malformed("cell reference " + r + " in row " + rowNumber + " is out of range");
                }
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : parseInt(s, "style");
                text.setLength(0);
                sawValue = false;
            }
            case "v" -> {
                inValue = true;
                sawValue = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if ("inlineStr".equals(type) && !inPhonetic) {
                    inInlineText = true;
                    sawValue = true;
                }
            }
            default -> {
                // other elements (formulas, sheet properties, merged cells…) carry no cell values
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> put(column, sawValue ? value(text.toString()) : "");
            case "row" -> out.row(rowNumber, cells);
            default -> {
                // nothing to finish
            }
        }
    }

    private void put(int index, String value) {
        while (cells.size() <= index) {
            cells.add("");
        }
        cells.set(index, value);
    }

    private String value(String raw) {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> sharedString(raw);
            case "inlineStr", "str", "e" -> raw;
            case "b" -> ValueText.bool(!raw.trim().equals("0"));
            case "d" -> isoDate(raw);
            default -> number(raw);
        };
    }

    private String sharedString(String raw) {
        int index = parseInt(raw, "shared string index");
        try {
            return sharedStrings.getItemAt(index).getString();
        } catch (IndexOutOfBoundsException e) {
            throw Spreadsheets.malformed("row " + rowNumber + " refers to a shared string that does not exist");
        }
    }

    private String number(String raw) {
        String trimmed = raw.trim();
        if (trimmed.isEmpty()) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw Spreadsheets.malformed("row " + rowNumber + " holds a number that is not one: " + abbreviate(trimmed));
        }
        if (isDateStyle(style)) {
            double serial = value.doubleValue();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904);
                if (dateTime != null) {
                    return ValueText.spreadsheetDate(dateTime, serial < 1);
                }
            }
        }
        return ValueText.spreadsheetNumber(value);
    }

    /** A date stored as text (ISO 8601 in strict Open XML), shortened to the date when it has no time. */
    private static String isoDate(String raw) {
        String trimmed = raw.trim();
        try {
            LocalDateTime dateTime = LocalDateTime.parse(trimmed);
            return ValueText.spreadsheetDate(dateTime, false);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return ValueText.date(LocalDate.parse(trimmed));
            } catch (java.time.format.DateTimeParseException again) {
                return trimmed;
            }
        }
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (i < 0 || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(i);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    private long parseRowNumber(String r) {
        try {
            return Long.parseLong(r.trim());
        } catch (NumberFormatException e) {
            throw Spreadsheets.malformed("row number " + abbreviate(r) + " is not a number");
        }
    }

    private int parseInt(String raw, String what) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw Spreadsheets.malformed("row " + rowNumber + " has a " + what + " that is not a number");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
