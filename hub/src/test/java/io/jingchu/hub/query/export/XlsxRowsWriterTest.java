package io.jingchu.hub.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.export.CsvRowsWriterTest.ListRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRowsWriterTest {

    static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("n", "序号", FieldType.INTEGER, null),
            new ResultColumn("big", "大数", FieldType.INTEGER, null));

    @Test
    void aNewSheetWithItsOwnHeaderStartsWhenOneIsFull() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (long i = 1; i <= 7; i++) {
            rows.add(new Object[] {i, i == 7 ? 9_007_199_254_740_993L : null});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRowsWriter(3).write(new ListRows(COLUMNS, rows), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            for (int s = 0; s < 3; s++) {
                assertThat(workbook.getSheetAt(s).getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            }
            Sheet last = workbook.getSheetAt(2);
            assertThat(last.getLastRowNum()).isEqualTo(1);
            assertThat(last.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7.0);
            assertThat(last.getRow(1).getCell(1).getStringCellValue()).as("too large for a double")
                    .isEqualTo("9007199254740993");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(0).getNumericCellValue()).isEqualTo(6.0);
        }
    }

    @Test
    void noRowsStillMakeASheetWithTheHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRowsWriter(3).write(new ListRows(COLUMNS, List.of()), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("大数");
        }
    }
}
