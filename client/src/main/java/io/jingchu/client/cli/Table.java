package io.jingchu.client.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain-text table for terminals. Columns are aligned by display width, not by character count: a Chinese
 * character takes two terminal columns, so 交通 lines up with {@code abcd}. The last column is never padded.
 */
final class Table {

    private static final String GAP = "  ";
    private static final String ELLIPSIS = "…";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Integer> rightAligned = new HashSet<>();
    private int[] maxWidths = new int[0];

    /** A table with these headers; none for a table of label–value pairs. */
    Table(String... headers) {
        this.headers = List.of(headers);
    }

    /** Cells are shown with {@link String#valueOf}; null shows as empty. */
    Table row(Object... cells) {
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell == null ? "" : String.valueOf(cell).replace('\n', ' '));
        }
        rows.add(row);
        return this;
    }

    /** Cuts longer cells of this column with an ellipsis. */
    Table maxWidth(int column, int width) {
        if (maxWidths.length <= column) {
            maxWidths = Arrays.copyOf(maxWidths, column + 1);
        }
        maxWidths[column] = width;
        return this;
    }

    /** Aligns this column to the right, as numbers are. */
    Table alignRight(int column) {
        rightAligned.add(column);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        if (!headers.isEmpty()) {
            lines.add(headers);
        }
        for (List<String> row : rows) {
            List<String> cut = new ArrayList<>(row.size());
            for (int column = 0; column < row.size(); column++) {
                int limit = column < maxWidths.length ? maxWidths[column] : 0;
                cut.add(limit > 0 ? truncate(row.get(column), limit) : row.get(column));
            }
            lines.add(cut);
        }
        int columns = lines.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int column = 0; column < line.size(); column++) {
                widths[column] = Math.max(widths[column], width(line.get(column)));
            }
        }
        for (int index = 0; index < lines.size(); index++) {
            out.println(format(lines.get(index), widths));
            if (index == 0 && !headers.isEmpty()) {
                out.println(rule(widths));
            }
        }
        out.flush();
    }

    private String format(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            boolean last = column == cells.size() - 1;
            if (column > 0) {
                line.append(GAP);
            }
            int padding = widths[column] - width(cell);
            if (rightAligned.contains(column)) {
                line.append(" ".repeat(padding)).append(cell);
            } else {
                line.append(cell);
                if (!last) {
                    line.append(" ".repeat(padding));
                }
            }
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            if (column > 0) {
                line.append(GAP);
            }
            line.append("-".repeat(widths[column]));
        }
        return line.toString();
    }

    /** The text cut to at most {@code limit} terminal columns, ending in an ellipsis when cut. */
    static String truncate(String text, int limit) {
        if (width(text) <= limit) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            int next = width(codePoint);
            if (used + next > limit - width(ELLIPSIS)) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += next;
            offset += Character.charCount(codePoint);
        }
        return cut + ELLIPSIS;
    }

    /** How many terminal columns the text takes. */
    static int width(String text) {
        return text.codePoints().map(Table::width).sum();
    }

    /**
     * Terminal columns of one character: 0 for combining marks and invisible format characters, 2 for East
     * Asian wide and fullwidth characters (Han, kana, Hangul, fullwidth punctuation, most emoji), else 1.
     */
    static int width(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint == 0) {
            return 0;
        }
        if (codePoint < 0x1100) {
            return 1;
        }
        return wide(codePoint) ? 2 : 1;
    }

    private static boolean wide(int c) {
        return c <= 0x115F                              // Hangul Jamo initials
                || (c >= 0x2E80 && c <= 0x303E)         // CJK radicals, symbols and punctuation
                || (c >= 0x3041 && c <= 0x33FF)         // kana, bopomofo, CJK compatibility
                || (c >= 0x3400 && c <= 0x4DBF)         // CJK extension A
                || (c >= 0x4E00 && c <= 0x9FFF)         // CJK unified ideographs
                || (c >= 0xA000 && c <= 0xA4CF)         // Yi
                || (c >= 0xAC00 && c <= 0xD7A3)         // Hangul syllables
                || (c >= 0xF900 && c <= 0xFAFF)         // CJK compatibility ideographs
                || (c >= 0xFE30 && c <= 0xFE4F)         // CJK compatibility forms
                || (c >= 0xFF00 && c <= 0xFF60)         // fullwidth forms
                || (c >= 0xFFE0 && c <= 0xFFE6)         // fullwidth signs
                || (c >= 0x1F300 && c <= 0x1F64F)       // pictographs and emoticons
                || (c >= 0x1F900 && c <= 0x1F9FF)       // supplemental pictographs
                || (c >= 0x20000 && c <= 0x3FFFD);      // CJK extensions B and beyond
    }
}
