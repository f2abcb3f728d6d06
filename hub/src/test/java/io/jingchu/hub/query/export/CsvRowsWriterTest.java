package io.jingchu.hub.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CsvRowsWriterTest {

    /** Rows from a list, for writers. */
    record ListRows(List<ResultColumn> columns, List<@Nullable Object[]> rows, int[] at) implements ResultRows {
        ListRows(List<ResultColumn> columns, List<@Nullable Object[]> rows) {
            this(columns, rows, new int[] {-1});
        }

        @Override
        public boolean next() {
            return ++at[0] < rows.size();
        }

        @Override
        public @Nullable Object value(int column) {
            return rows.get(at[0])[column];
        }

        @Override
        public long count() {
            return Math.min(at[0] + 1, rows.size());
        }

        @Override
        public void close() {
        }
    }

    static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("name", "名称", FieldType.STRING, null),
            new ResultColumn("amount", "金额", FieldType.DECIMAL, "万元"),
            new ResultColumn("day", "日期", FieldType.DATE, null));

    static String csv(boolean labels, Object[]... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvRowsWriter(labels).write(new ListRows(COLUMNS, Arrays.asList(rows)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsWithAByteOrderMarkAndAHeaderOfLabels() throws Exception {
        assertThat(csv(true)).isEqualTo("\uFEFF名称,金额,日期\r\n");
        assertThat(csv(false)).isEqualTo("\uFEFFname,amount,day\r\n");
    }

    @Test
    void cellsThatWouldBeFormulasAreNeutralizedButNumbersStayNumbers() throws Exception {
        String csv = csv(true, new Object[] {"=HYPERLINK(\"http://x\")", new BigDecimal("-5"), LocalDate.of(2024, 1, 2)},
                new Object[] {"+1", new BigDecimal("1E+3"), null}, new Object[] {"-2", null, null},
                new Object[] {"@SUM(A1)", null, null}, new Object[] {"\tx", null, null}, new Object[] {"\rx", null, null},
                new Object[] {"a,\"b\"", null, null}, new Object[] {"普通", null, null});

        assertThat(Arrays.stream(csv.split("\r\n")).skip(1).toList()).containsExactly("\"'=HYPERLINK(\"\"http://x\"\")\",-5,2024-01-02",
                "'+1,1000,", "'-2,,", "'@SUM(A1),,", "'\tx,,", "\"'\rx\",,", "\"a,\"\"b\"\"\",,", "普通,,");
    }
}
