package io.jingchu.hub.ingest.internal.source;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Converts one sheet of an Excel workbook into UTF-8 CSV (RFC 4180, CRLF line ends), the first row with
 * any value being the header. XLSX is read as a stream of SAX events, never as a whole workbook in memory;
 * legacy XLS (at most 65,536 rows) through HSSF. A ZIP that would inflate out of proportion, or past the
 * limits, is refused as a bomb before it can exhaust memory or disk. Values are written in the forms of
 * {@link ValueText}: ISO dates, plain numbers as the spreadsheet shows them, {@code true}/{@code false}.
 */
public final class Spreadsheets {

    /**
     * How far an XLSX may inflate.
     *
     * @param minInflateRatio smallest compressed-to-expanded size ratio any ZIP entry may have (POI's own check;
     *     0.01 means an entry may expand at most a hundredfold)
     * @param maxEntryBytes largest expanded size of any single ZIP entry
     * @param maxExpandedBytes largest expanded size of all the parts read together (workbook, styles, shared
     *     strings and the sheet)
     */
    public record Limits(double minInflateRatio, long maxEntryBytes, long maxExpandedBytes) {

        public Limits {
            if (minInflateRatio < 0 || minInflateRatio >= 1) {
                throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
            }
            if (maxEntryBytes <= 0 || maxExpandedBytes <= 0) {
                throw new IllegalArgumentException("byte limits must be positive");
            }
        }

        /** A hundredfold per entry, 4 GiB per entry, 8 GiB in all: room for a full million-row sheet. */
        public static Limits defaults() {
            return new Limits(0.01, 4L << 30, 8L << 30);
        }
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final int OUTPUT_BUFFER = 1 << 16;

    private Spreadsheets() {
    }

    /**
     * Writes one sheet of an XLSX or XLS file as CSV.
     *
     * @param sheet the sheet's name (exact, or else ignoring case and surrounding spaces); the first sheet when null
     * @param rowsWritten told the number of data rows written so far (the header not counted), every
     *     {@value SheetRows#PROGRESS_EVERY} rows and at the end; an exception it throws stops the conversion
     *     and is rethrown as it is
     * @return the number of data rows written
     * @throws DomainException {@code MALFORMED_FILE} (argument: a short reason) when the file is not a readable
     *     workbook, {@code ARCHIVE_BOMB} when it inflates beyond {@code limits}, {@code UNKNOWN_VALUE} on
     *     {@code sheet} when there is no such sheet. No output is left behind on any failure.
     */
    public static long toCsv(Path workbook, @Nullable String sheet, Path outCsv, Limits limits, LongConsumer rowsWritten) {
        FileMagic kind = kind(workbook);
        if (kind != FileMagic.OOXML && kind != FileMagic.OLE2) {
            throw malformed("not an Excel workbook");
        }
        boolean done = false;
        try {
            long rows = write(workbook, kind, sheet, outCsv, limits, rowsWritten);
            done = true;
            return rows;
        } finally {
            if (!done) {
                TextEncodings.deleteQuietly(outCsv);
            }
        }
    }

    private static long write(Path workbook, FileMagic kind, @Nullable String sheet, Path outCsv, Limits limits,
            LongConsumer rowsWritten) {
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(outCsv, StandardCharsets.UTF_8), OUTPUT_BUFFER);
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            SheetRows rows = new SheetRows(printer, rowsWritten);
            if (kind == FileMagic.OOXML) {
                readXlsx(workbook, sheet, limits, rows);
            } else {
                readXls(workbook, sheet, rows);
            }
            return rows.rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of a workbook's sheets, in workbook order. */
    public static List<String> sheetNames(Path workbook, Limits limits) {
        return switch (kind(workbook)) {
            case OOXML -> xlsx(workbook, limits, pkg -> sheetNames(new XSSFReader(pkg)));
            case OLE2 -> xls(workbook, Spreadsheets::sheetNames);
            default -> throw malformed("not an Excel workbook");
        };
    }

    static DomainException malformed(String reason) {
        return new DomainException(ErrorCode.MALFORMED_FILE, null, reason);
    }

    private static FileMagic kind(Path workbook) {
        try {
            return FileMagic.valueOf(workbook.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // XLSX -----------------------------------------------------------------------------------------------

    private static void readXlsx(Path workbook, @Nullable String sheet, Limits limits, SheetRows rows) {
        xlsx(workbook, limits, pkg -> {
            ExpansionBudget budget = new ExpansionBudget(limits.maxExpandedBytes());
            XSSFReader reader = new XSSFReader(pkg);
            String chosen = choose(sheet, sheetNames(reader));
            boolean date1904;
            try (InputStream in = budget.track(reader.getWorkbookData())) {
                date1904 = isDate1904(in);
            }
            StylesTable styles = styles(pkg, budget);
            SharedStrings sharedStrings = sharedStrings(pkg, budget);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (sheets.getSheetName().equals(chosen)) {
                        parse(budget.track(in), new SheetXmlHandler(sharedStrings, styles, date1904, rows));
                        rows.finish(chosen);
                        return null;
                    }
                }
            }
            throw noSuchSheet();
        });
    }

    private static List<String> sheetNames(XSSFReader reader) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            // Opening a sheet's stream inflates nothing until it is read.
            try (InputStream ignored = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        return names;
    }

    private static StylesTable styles(OPCPackage pkg, ExpansionBudget budget) throws IOException {
        PackagePart part = part(pkg, XSSFRelation.STYLES.getContentType());
        if (part == null) {
            return new StylesTable();
        }
        try (InputStream in = budget.track(part.getInputStream())) {
            return new StylesTable(in);
        }
    }

    private static SharedStrings sharedStrings(OPCPackage pkg, ExpansionBudget budget) throws IOException, SAXException {
        PackagePart part = part(pkg, XSSFRelation.SHARED_STRINGS.getContentType());
        if (part == null) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
        }
        try (InputStream in = budget.track(part.getInputStream())) {
            // Phonetic guides (furigana) are annotations, not part of the text.
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static @Nullable PackagePart part(OPCPackage pkg, String contentType) {
        List<PackagePart> parts = pkg.getPartsByContentType(contentType);
        return parts.isEmpty() ? null : parts.get(0);
    }

    private static boolean isDate1904(InputStream workbookXml) throws IOException, SAXException {
        boolean[] date1904 = {false};
        parse(workbookXml, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        return date1904[0];
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        reader.setContentHandler(handler);
        reader.parse(new InputSource(in));
    }

    /** Work on an XLSX package opened read-only under the ZIP bomb limits, failures translated. */
    private static <T> T xlsx(Path workbook, Limits limits, PackageWork<OPCPackage, T> work) {
        // POI keeps these limits in static fields; every conversion sets them to the hub's own settings.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
            return work.apply(pkg);
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw refusal(e);
        } finally {
            if (pkg != null) {
                // Closing a read-only package would try to save it; reverting just lets go of the file.
                pkg.revert();
            }
        }
    }

    // XLS ------------------------------------------------------------------------------------------------

    private static void readXls(Path workbook, @Nullable String sheet, SheetRows rows) {
        xls(workbook, wb -> {
            HSSFSheet chosen = wb.getSheet(choose(sheet, sheetNames(wb)));
            List<String> cells = new ArrayList<>();
            for (Row row : chosen) {
                cells.clear();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell));
                }
                rows.row(row.getRowNum() + 1L, cells);
            }
            rows.finish(chosen.getSheetName());
            return null;
        });
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield ValueText.spreadsheetDate(cell.getLocalDateTimeCellValue(), value < 1);
                }
                yield ValueText.spreadsheetNumber(value);
            }
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> ValueText.bool(cell.getBooleanCellValue());
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
    }

    private static <T> T xls(Path workbook, PackageWork<HSSFWorkbook, T> work) {
        try (POIFSFileSystem fs = new POIFSFileSystem(workbook.toFile(), true);
             HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
            return work.apply(wb);
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw refusal(e);
        }
    }

    // Failures -------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface PackageWork<P, T> {
        T apply(P pkg) throws IOException, SAXException, OpenXML4JException;
    }

    private static List<String> sheetNames(HSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    /** The sheet asked for: the first when none is named, else the one of that name, else one named alike. */
    private static String choose(@Nullable String wanted, List<String> names) {
        if (names.isEmpty()) {
            throw malformed("the workbook has no sheets");
        }
        if (wanted == null) {
            return names.get(0);
        }
        if (names.contains(wanted)) {
            return wanted;
        }
        String key = wanted.trim().toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> n.trim().toLowerCase(Locale.ROOT).equals(key))
                .findFirst()
                .orElseThrow(Spreadsheets::noSuchSheet);
    }

    private static DomainException noSuchSheet() {
        return DomainException.onField(ErrorCode.UNKNOWN_VALUE, "sheet");
    }

    /**
     * What a failure while reading means for the caller: our own refusals and pass-through failures as they
     * are, POI's ZIP bomb checks and our expansion budget as {@code ARCHIVE_BOMB}, anything else as a file
     * that cannot be read.
     */
    private static RuntimeException refusal(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
            if (t instanceof SheetRows.PassThrough pass) {
                return pass.getCause();
            }
            if (t instanceof ExpansionBudget.Exceeded || isPoiBombCheck(t)) {
                return new DomainException(ErrorCode.ARCHIVE_BOMB, null);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return malformed("the workbook is password-protected");
            }
            if (t instanceof OldExcelFormatException) {
                return malformed("workbooks older than Excel 97 are not supported");
            }
        }
        return malformed("the workbook is damaged or not an Excel workbook");
    }

    private static boolean isPoiBombCheck(Throwable t) {
        String message = t.getMessage();
        return t instanceof IOException && message != null
                && (message.startsWith("Zip bomb detected") || message.contains("potentially malicious"));
    }

    /** Counts the expanded bytes of every part read, across parts, and stops at the limit. */
    static final class ExpansionBudget {

        private final long limit;
        private long used;

        ExpansionBudget(long limit) {
            this.limit = limit;
        }

        InputStream track(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    long skipped = super.skip(n);
                    count(skipped);
                    return skipped;
                }
            };
        }

        private void count(long bytes) throws Exceeded {
            used += bytes;
            if (used > limit) {
                throw new Exceeded();
            }
        }

        /** The parts together expand beyond the limit. */
        static final class Exceeded extends IOException {
            Exceeded() {
                super("expanded content exceeds the limit");
            }
        }
    }
}
