package io.jingchu.hub.ingest.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpreadsheetsTest {

    /** The kinds of workbook files the hub is given, each written by POI itself. */
    enum Kind {
        XLSX(XSSFWorkbook::new, ".xlsx"),
        XLSX_STREAMED(SXSSFWorkbook::new, ".xlsx"),
        XLS(HSSFWorkbook::new, ".xls");

        final Supplier<Workbook> create;
        final String suffix;

        Kind(Supplier<Workbook> create, String suffix) {
            this.create = create;
            this.suffix = suffix;
        }
    }

    private static final String LEDGER_CSV = """
            单位名称,成立日期,更新时间,注册资本,员工数,是否开放,备注,比率,时刻,公式\r
            宜昌市数据局,2019-03-15,2024-01-15T08:30:00,1234.5,42,true,"含,逗号",0.3,12:00:00,2469\r
            "",1999-12-31,2024-02-29T23:59:59,1000000000000000,-7,false,"引号""在内",0.000001,,"#DIV/0!"\r
            最后,,,,,,"第一行
            第二行",,,\r
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSheetBecomesCsvWithTheFirstRowAsHeader(Kind kind) throws IOException {
        Path workbook = workbook(kind, SpreadsheetsTest::ledger);
        Path out = dir.resolve("out.csv");
        List<Long> progress = new ArrayList<>();

        long rows = Spreadsheets.toCsv(workbook, null, out, Spreadsheets.Limits.defaults(), progress::add);

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(LEDGER_CSV);
        assertThat(rows).isEqualTo(3);
        assertThat(progress).containsExactly(3L);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void numbersAreWrittenAsTheSpreadsheetShowsThem(Kind kind) throws IOException {
        Path workbook = workbook(kind, wb -> {
            Sheet sheet = wb.createSheet("numbers");
            sheet.createRow(0).createCell(0).setCellValue("n");
            double[] values = {42.0, 0.1 + 0.2, 1e15, 1.5e-7, 12345678901234567890.0, -0.0, 3.14159, 1e-20};
            for (int i = 0; i < values.length; i++) {
                sheet.createRow(i + 1).createCell(0).setCellValue(values[i]);
            }
        });
        Path out = dir.resolve("out.csv");

        Spreadsheets.toCsv(workbook, null, out, Spreadsheets.Limits.defaults(), n -> { });

        assertThat(Files.readString(out).split("\r\n")).containsExactly(
                "n", "42", "0.3", "1000000000000000", "0.00000015", "12345678901234600000", "0", "3.14159",
                "0.00000000000000000001");
    }

    @Test
    void datesOfA1904WorkbookKeepTheirDay() throws IOException {
        Path workbook = workbook(Kind.XLSX, wb -> {
            ((XSSFWorkbook) wb).getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("dates");
            sheet.createRow(0).createCell(0).setCellValue("日期");
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(LocalDate.of(2024, 6, 1));
            cell.setCellStyle(date);
        });
        Path out = dir.resolve("out.csv");

        Spreadsheets.toCsv(workbook, null, out, Spreadsheets.Limits.defaults(), n -> { });

        assertThat(Files.readString(out)).isEqualTo("日期\r\n2024-06-01\r\n");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNamedSheetIsChosenAndNamesAreListed(Kind kind) throws IOException {
        Path workbook = workbook(kind, wb -> {
            ledger(wb);
            Sheet other = wb.createSheet("Other");
            other.createRow(0).createCell(0).setCellValue("a");
            other.createRow(1).createCell(0).setCellValue("1");
        });
        Path out = dir.resolve("out.csv");

        Spreadsheets.toCsv(workbook, " other", out, Spreadsheets.Limits.defaults(), n -> { });

        assertThat(Files.readString(out)).isEqualTo("a\r\n1\r\n");
        assertThat(Spreadsheets.sheetNames(workbook, Spreadsheets.Limits.defaults())).containsExactly("数据", "Other");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnknownSheetIsAnUnknownValue(Kind kind) throws IOException {
        Path workbook = workbook(kind, SpreadsheetsTest::ledger);
        Path out = dir.resolve("out.csv");

        assertThatThrownBy(() -> Spreadsheets.toCsv(workbook, "Sheet9", out, Spreadsheets.Limits.defaults(), n -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VALUE);
                    assertThat(e.field()).isEqualTo("sheet");
                });
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void progressIsReportedEveryThousandRows(Kind kind) throws IOException {
        Path workbook = workbook(kind, wb -> rows(wb, 2_500));
        List<Long> progress = new ArrayList<>();

        Spreadsheets.toCsv(workbook, null, dir.resolve("out.csv"), Spreadsheets.Limits.defaults(), progress::add);

        assertThat(progress).containsExactly(1_000L, 2_000L, 2_500L);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aProgressSinkThatThrowsStopsTheConversionWithItsOwnException(Kind kind) throws IOException {
        Path workbook = workbook(kind, wb -> rows(wb, 2_500));
        Path out = dir.resolve("out.csv");

        assertThatThrownBy(() -> Spreadsheets.toCsv(workbook, null, out, Spreadsheets.Limits.defaults(), n -> {
            throw new CancellationException("cancelled at " + n);
        })).isInstanceOf(CancellationException.class).hasMessage("cancelled at 1000");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aValueRightOfTheHeaderRefusesTheSheet(Kind kind) throws IOException {
        Path workbook = workbook(kind, wb -> {
            Sheet sheet = wb.createSheet("wide");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("a");
            header.createCell(1).setCellValue("b");
            sheet.createRow(1).createCell(3).setCellValue("stray");
        });
        Path out = dir.resolve("out.csv");

        assertMalformed(() -> Spreadsheets.toCsv(workbook, null, out, Spreadsheets.Limits.defaults(), n -> { }),
                "row 2 has a value in column D, right of the header");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEmptySheetIsRefused(Kind kind) throws IOException {
        Path workbook = workbook(kind, wb -> wb.createSheet("空表"));

        assertMalformed(() -> Spreadsheets.toCsv(workbook, null, dir.resolve("out.csv"), Spreadsheets.Limits.defaults(),
                n -> { }), "sheet 空表 is empty");
    }

    @Test
    void textIsNotAWorkbook() throws IOException {
        Path text = Files.writeString(dir.resolve("data.xlsx"), "a,b\n1,2\n");
        Path out = dir.resolve("out.csv");

        assertMalformed(() -> Spreadsheets.toCsv(text, null, out, Spreadsheets.Limits.defaults(), n -> { }),
                "not an Excel workbook");
        assertThat(out).doesNotExist();
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws IOException {
        Path zip = dir.resolve("data.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertMalformed(() -> Spreadsheets.toCsv(zip, null, dir.resolve("out.csv"), Spreadsheets.Limits.defaults(), n -> { }),
                "the workbook is damaged or not an Excel workbook");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTruncatedWorkbookIsRefused(Kind kind) throws IOException {
        Path workbook = workbook(kind, wb -> rows(wb, 2_000));
        byte[] bytes = Files.readAllBytes(workbook);
        Files.write(workbook, Arrays.copyOf(bytes, bytes.length / 2));
        Path out = dir.resolve("out.csv");

        assertThatThrownBy(() -> Spreadsheets.toCsv(workbook, null, out, Spreadsheets.Limits.defaults(), n -> { }))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_FILE));
        assertThat(out).doesNotExist();
    }

    @Test
    void aSheetThatInflatesOutOfProportionIsABomb() throws IOException {
        // 30 MB of blanks inside the sheet data deflate to a few kilobytes: far beyond a hundredfold.
        Path bomb = withSheetPadding(workbook(Kind.XLSX, wb -> rows(wb, 3)), 30 << 20);
        assertThat(Files.size(bomb)).isLessThan(200_000);
        Path out = dir.resolve("out.csv");

        assertBomb(() -> Spreadsheets.toCsv(bomb, null, out, Spreadsheets.Limits.defaults(), n -> { }));
        assertThat(out).doesNotExist();
    }

    @Test
    void theSamePaddingWithinTheRatioIsRead() throws IOException {
        Path padded = withSheetPadding(workbook(Kind.XLSX, wb -> rows(wb, 3)), 1 << 20);
        Path out = dir.resolve("out.csv");

        Spreadsheets.toCsv(padded, null, out, new Spreadsheets.Limits(0, 1L << 30, 1L << 30), n -> { });

        assertThat(Files.readString(out)).isEqualTo("id,name\r\n1,单位1\r\n2,单位2\r\n3,单位3\r\n");
    }

    @Test
    void contentBeyondTheTotalLimitIsABomb() throws IOException {
        Path workbook = workbook(Kind.XLSX, wb -> rows(wb, 5_000));

        assertBomb(() -> Spreadsheets.toCsv(workbook, null, dir.resolve("out.csv"),
                new Spreadsheets.Limits(0.01, 1L << 30, 100_000), n -> { }));
    }

    @Test
    void anEntryBeyondTheEntryLimitIsABomb() throws IOException {
        Path workbook = workbook(Kind.XLSX, wb -> rows(wb, 5_000));

        assertBomb(() -> Spreadsheets.toCsv(workbook, null, dir.resolve("out.csv"),
                new Spreadsheets.Limits(0.01, 100_000, 1L << 30), n -> { }));
    }

    @Test
    void entityExpansionInTheSheetIsRefused() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY l0 \"lollollollollollollollollollol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + entities + "]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData></worksheet>";
        Path laughs = withSheet(workbook(Kind.XLSX, wb -> rows(wb, 1)), xml);
        Path out = dir.resolve("out.csv");

        assertThatThrownBy(() -> Spreadsheets.toCsv(laughs, null, out, Spreadsheets.Limits.defaults(), n -> { }))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isIn(ErrorCode.MALFORMED_FILE, ErrorCode.ARCHIVE_BOMB));
        assertThat(out).doesNotExist();
    }

    // fixtures -------------------------------------------------------------------------------------------

    /** A sheet of every kind of cell: dates, times, numbers, booleans, errors, formulas, blanks, text. */
    private static void ledger(Workbook wb) {
        CellStyle date = style(wb, "yyyy-mm-dd");
        CellStyle dateTime = style(wb, "yyyy-mm-dd hh:mm:ss");
        CellStyle time = style(wb, "hh:mm:ss");
        CellStyle money = style(wb, "#,##0.00");
        Sheet sheet = wb.createSheet("数据");
        Row header = sheet.createRow(0);
        String[] names = {"单位名称", "成立日期", "更新时间", "注册资本", "员工数", "是否开放", "备注", "比率", "时刻", "公式"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row first = sheet.createRow(1);
        first.createCell(0).setCellValue("宜昌市数据局");
        styled(first.createCell(1), date).setCellValue(LocalDate.of(2019, 3, 15));
        styled(first.createCell(2), dateTime).setCellValue(LocalDateTime.of(2024, 1, 15, 8, 30));
        styled(first.createCell(3), money).setCellValue(1234.5);
        first.createCell(4).setCellValue(42);
        first.createCell(5).setCellValue(true);
        first.createCell(6).setCellValue("含,逗号");
        first.createCell(7).setCellValue(0.1 + 0.2);
        styled(first.createCell(8), time).setCellValue(0.5);
        first.createCell(9).setCellFormula("D2*2");

        Row second = sheet.createRow(2);
        styled(second.createCell(1), date).setCellValue(LocalDate.of(1999, 12, 31));
        styled(second.createCell(2), dateTime).setCellValue(LocalDateTime.of(2024, 2, 29, 23, 59, 59));
        second.createCell(3).setCellValue(1e15);
        second.createCell(4).setCellValue(-7);
        second.createCell(5).setCellValue(false);
        second.createCell(6).setCellValue("引号\"在内");
        second.createCell(7).setCellValue(0.000001);
        second.createCell(9).setCellErrorValue(FormulaError.DIV0.getCode());

        sheet.createRow(3); // an empty row between the data is skipped
        Row blanks = sheet.createRow(4);
        blanks.createCell(2).setBlank();

        Row last = sheet.createRow(5);
        last.createCell(0).setCellValue("最后");
        last.createCell(6).setCellValue("第一行\n第二行");

        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private static void rows(Workbook wb, int count) {
        Sheet sheet = wb.createSheet("rows");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("id");
        header.createCell(1).setCellValue("name");
        for (int i = 1; i <= count; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(i);
            row.createCell(1).setCellValue("单位" + i);
        }
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static org.apache.poi.ss.usermodel.Cell styled(org.apache.poi.ss.usermodel.Cell cell, CellStyle style) {
        cell.setCellStyle(style);
        return cell;
    }

    private Path workbook(Kind kind, Consumer<Workbook> content) throws IOException {
        Path file = Files.createTempFile(dir, "workbook", kind.suffix);
        try (Workbook wb = kind.create.get(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
            if (wb instanceof SXSSFWorkbook streamed) {
                streamed.dispose();
            }
        }
        return file;
    }

    /** The same workbook with the given number of blanks added inside the first sheet's data. */
    private Path withSheetPadding(Path workbook, int blanks) throws IOException {
        Path padded = Files.createTempFile(dir, "padded", ".xlsx");
        Files.write(padded, io.jingchu.hub.ingest.TestWorkbooks.withPaddedSheet(Files.readAllBytes(workbook), blanks));
        return padded;
    }

    /** The same workbook with its first sheet's XML replaced. */
    private Path withSheet(Path workbook, String sheetXml) throws IOException {
        Path replaced = Files.createTempFile(dir, "replaced", ".xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(replaced))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("xl/worksheets/sheet1.xml") ? sheetXml.getBytes(StandardCharsets.UTF_8) : content);
                out.closeEntry();
            }
        }
        return replaced;
    }

    private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_FILE);
            assertThat(e.args()).containsExactly(reason);
        });
    }

    private static void assertBomb(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ARCHIVE_BOMB));
    }

}
