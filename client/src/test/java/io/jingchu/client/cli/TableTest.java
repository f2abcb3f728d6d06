package io.jingchu.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(Table.width("交通")).isEqualTo(4);
        assertThat(Table.width("abcd")).isEqualTo(4);
        assertThat(Table.width("（万元）")).isEqualTo(8);
        assertThat(Table.width("μg/m³")).isEqualTo(5);
        assertThat(Table.width("e\u0301")).isEqualTo(1);
    }

    @Test
    void columnsLineUpByDisplayWidthWhateverTheScript() {
        List<String> lines = print(new Table("代码", "名称", "状态")
                .row("A-1", "交通出行数据", "已发布")
                .row("LONGER-CODE-2", "bus lines", "DRAFT"));

        assertThat(lines).hasSize(4);
        int stateColumn = Table.width("LONGER-CODE-2") + 2 + Table.width("交通出行数据") + 2;
        assertThat(lines).allSatisfy(line -> assertThat(displayOffsetOfThirdColumn(line)).isEqualTo(stateColumn));
        assertThat(lines.get(1)).matches("-+  -+  -+");
    }

    @Test
    void longCellsAreCutWithAnEllipsisWithinTheirWidth() {
        String cut = Table.truncate("宜昌市公共交通线路与站点实时数据", 11);

        assertThat(cut).isEqualTo("宜昌市公共…");
        assertThat(Table.width(cut)).isLessThanOrEqualTo(11);
        assertThat(Table.truncate("short", 11)).isEqualTo("short");
    }

    @Test
    void rightAlignedColumnsEndTogether() {
        List<String> lines = print(new Table("主题", "数量").alignRight(1).row("交通出行", 7).row("经济", 1234));

        assertThat(lines.get(2)).endsWith("   7");
        assertThat(Table.width(lines.get(2))).isEqualTo(Table.width(lines.get(3)));
    }

    private static List<String> print(Table table) {
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text));
        return text.toString().lines().toList();
    }

    /** Display columns before the third cell: where the second gap of two spaces ends. */
    private static int displayOffsetOfThirdColumn(String line) {
        int gaps = 0;
        int width = 0;
        for (int index = 0; index < line.length(); index++) {
            if (line.startsWith("  ", index) && (index + 2 < line.length() && line.charAt(index + 2) != ' ')) {
                gaps++;
                if (gaps == 2) {
                    return width + 2;
                }
            }
            width += Table.width(line.codePointAt(index));
        }
        return -1;
    }
}
