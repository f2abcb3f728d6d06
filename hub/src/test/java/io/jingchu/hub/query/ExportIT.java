package io.jingchu.hub.query;

import static io.jingchu.hub.query.QueryData.BUS_STOPS;
import static io.jingchu.hub.query.QueryData.BUS_STOPS_CSV;
import static io.jingchu.hub.query.QueryData.ENTERPRISES;
import static io.jingchu.hub.query.QueryData.ENTERPRISES_CSV;
import static io.jingchu.hub.query.QueryData.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Exports in every format, read back with the format's own reader, and downloads of whole versions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT extends IntegrationTest {

    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DatasetVersions versions;
    @Autowired
    HubProperties hub;

    @TempDir
    static Path dir;

    String enterprises;
    String stops;

    @BeforeAll
    void load() {
        Caller publisher = accounts.publisher();
        enterprises = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, ENTERPRISES).code();
        ingest.load(mvc, publisher, enterprises, "enterprises.csv", utf8(ENTERPRISES_CSV));
        stops = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, BUS_STOPS).code();
        ingest.load(mvc, publisher, stops, "stops.csv", utf8(BUS_STOPS_CSV));
    }

    MockMvcRequestBuilder get(String path, String... params) {
        MockMvcRequestBuilder request = mvc.get().uri(path).with(Addresses.fresh());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request;
    }

    MvcTestResult export(String code, String extension, String... params) {
        MvcTestResult result = get("/api/v1/resources/" + code + "/export." + extension, params).exchange();
        assertThat(result).as(extension).hasStatusOk();
        return result;
    }

    List<String> apiCodes(String... params) {
        String body = IngestFixture.text(get("/api/v1/resources/" + enterprises + "/rows", params).exchange());
        return JsonPath.read(body, "$.rows[*].credit_code");
    }

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void csvHasAByteOrderMarkLabelsAndTheRowApisRows() throws Exception {
        MvcTestResult result = export(enterprises, "csv", "sort", "-capital", "filter", "district:ne:当阳市");
        byte[] bytes = result.getResponse().getContentAsByteArray();

        assertThat(result).hasHeader("Content-Type", "text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"" + enterprises + "-v1.csv\"; filename*=UTF-8''" + enterprises + "-v1.csv");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertThat(records.get(0).toList()).containsExactly("统一社会信用代码", "企业名称", "所属区县", "注册资本",
                "从业人数", "成立日期", "是否存续");
        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList())
                .containsExactlyElementsOf(apiCodes("sort", "-capital", "filter", "district:ne:当阳市"));
        assertThat(records.get(1).toList()).containsExactly("C10", "猇亭化工有限公司", "猇亭区", "3000", "260",
                "2010-10-10", "true");
    }

    @Test
    void csvCellsThatWouldBeFormulasStartWithAnApostrophe() throws Exception {
        String text = IngestFixture.text(export(enterprises, "csv", "header", "name",
                "filter", "credit_code:in:C02,C04,C05,C06,C07,C09"));
        List<CSVRecord> records = csv(text.substring(1));

        assertThat(records.get(0).toList()).contains("credit_code", "name", "capital");
        assertThat(records.stream().skip(1).map(r -> r.get(1)).toList()).containsExactly("茶业合作社, 有限",
                "'=SUM(A1:A3)", "'-5 号仓库", "'@宜昌科技", "'+86 通信服务部", "O'Brien 咖啡 \"店\"");
        assertThat(text).contains("C07,'+86 通信服务部,西陵区,0.5,1,");
    }

    @Test
    void jsonIsTheRowApisRowsAsOneArray() {
        String api = IngestFixture.text(get("/api/v1/resources/" + enterprises + "/rows", "sort", "founded",
                "fields", "credit_code,capital,founded,active").exchange());
        MvcTestResult result = export(enterprises, "json", "sort", "founded", "fields",
                "credit_code,capital,founded,active");

        assertThat(result).hasContentType("application/json");
        List<Map<String, Object>> exported = JsonPath.read(IngestFixture.text(result), "$");
        List<Map<String, Object>> rows = JsonPath.read(api, "$.rows");
        assertThat(exported).hasSize(12).isEqualTo(rows);
    }

    @Test
    void ndjsonIsOneObjectPerLine() {
        MvcTestResult result = export(enterprises, "ndjson", "filter", "district:eq:西陵区");
        String text = IngestFixture.text(result);

        assertThat(result).hasContentType("application/x-ndjson");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines).extracting(line -> (String) JsonPath.read(line, "$.credit_code"))
                .containsExactly("C01", "C04", "C07", "C09", "C12");
        assertThat(text).endsWith("}\n");
    }

    @Test
    void xlsxReadsBackWithPoi() throws Exception {
        MvcTestResult result = export(enterprises, "xlsx", "sort", "credit_code");

        assertThat(result).hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("统一社会信用代码", "企业名称", "所属区县", "注册资本", "从业人数",
                    "成立日期", "是否存续");
            Row c04 = sheet.getRow(4);
            assertThat(c04.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(c04.getCell(1).getStringCellValue()).isEqualTo("=SUM(A1:A3)");
            assertThat(c04.getCell(3).getNumericCellValue()).isEqualTo(100.0);
            assertThat(c04.getCell(5).getLocalDateTimeCellValue().toLocalDate()).hasToString("2020-01-15");
            assertThat(c04.getCell(6).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(3).getCell(3)).as("no capital, no cell").isNull();
        }
    }

    @Test
    void parquetOfTheWholeVersionIsTheVersionFileItself() throws Exception {
        MvcTestResult result = export(enterprises, "parquet");
        DatasetVersion version = versions.latest(enterprises).orElseThrow();

        assertThat(result).hasContentType("application/vnd.apache.parquet");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(version.file()));
    }

    @Test
    void parquetOfASelectionReadsBack() throws Exception {
        MvcTestResult result = export(enterprises, "parquet", "fields", "credit_code,capital", "filter",
                "capital:gte:100", "sort", "-capital");
        Path file = dir.resolve("selection.parquet");
        Files.write(file, result.getResponse().getContentAsByteArray());

        List<String> read = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT credit_code, capital FROM '" + file + "'")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            while (rs.next()) {
                read.add(rs.getString(1) + "=" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString());
            }
        }
        assertThat(read).containsExactly("C10=3000", "C06=2500.75", "C08=800", "C01=500.5", "C04=100", "C05=100",
                "C12=100");
        try (var left = Files.list(hub.dir("tmp").resolve("query").resolve("exports"))) {
            assertThat(left.toList()).as("the temporary file is gone").isEmpty();
        }
    }

    @Test
    void geoJsonHasAPointPerLocatedRow() {
        MvcTestResult result = export(stops, "geojson", "fields", "stop_name");
        String body = IngestFixture.text(result);

        assertThat(result).hasContentType("application/geo+json");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(stops + "-v1.geojson");
        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("FeatureCollection");
        assertThat((List<Object>) JsonPath.read(body, "$.features")).hasSize(4);
        assertThat((String) JsonPath.read(body, "$.features[0].type")).isEqualTo("Feature");
        assertThat((String) JsonPath.read(body, "$.features[0].geometry.type")).isEqualTo("Point");
        assertThat((List<Double>) JsonPath.read(body, "$.features[0].geometry.coordinates"))
                .containsExactly(111.2865, 30.692);
        assertThat((Map<String, Object>) JsonPath.read(body, "$.features[0].properties"))
                .containsOnly(Map.entry("stop_name", "夷陵广场"));
        assertThat((Object) JsonPath.read(body, "$.features[3].geometry")).isNull();
    }

    @Test
    void geoJsonNeedsCoordinates() {
        assertThat(get("/api/v1/resources/" + enterprises + "/export.geojson").exchange()).hasStatus(422).bodyJson()
                .extractingPath("$.code").isEqualTo("NO_COORDINATES");
    }

    @Test
    void exportsTakeTheRowApisFiltersAndRefuseTheSameWay() {
        assertThat(get("/api/v1/resources/" + enterprises + "/export.csv", "filter", "capital:gt:lots").exchange())
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("FILTER_INVALID");
        assertThat(get("/api/v1/resources/" + enterprises + "/export.csv", "sort", "name;DROP").exchange())
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("UNKNOWN_FIELD");
        assertThat(get("/api/v1/resources/" + enterprises + "/export.csv", "header", "both").exchange())
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("header");
        assertThat(get("/api/v1/resources/" + enterprises + "/export.exe").exchange()).hasStatus(404);
    }

    @Test
    void aVersionDownloadsAsItIsWithItsDigest() throws Exception {
        DatasetVersion version = versions.latest(stops).orElseThrow();
        MvcTestResult result = get("/api/v1/resources/" + stops + "/versions/1/download").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/vnd.apache.parquet");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        assertThat(bytes).isEqualTo(Files.readAllBytes(version.file()));
        assertThat(version.contentHash()).isEqualTo("sha256:" + HexFormat.of().formatHex(digest));
        String base64 = Base64.getEncoder().encodeToString(digest);
        assertThat(result).hasHeader("Repr-Digest", "sha-256=:" + base64 + ":").hasHeader("Digest", "sha-256=" + base64);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''" + stops
                + "-v1.parquet");
        assertThat(get("/api/v1/resources/" + stops + "/versions/2/download").exchange()).hasStatus(404).bodyJson()
                .extractingPath("$.code").isEqualTo("VERSION_NOT_FOUND");
    }
}
