package io.jingchu.hub.ingest;

import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Loading files into a resource through the HTTP API: versions, reports, refusals. */
class LoadIT extends IntegrationTest {

    static final FieldSpec[] ENTERPRISES = {
            new FieldSpec("credit_code", "统一社会信用代码", FieldType.STRING, null, false, false, true),
            new FieldSpec("name", "企业名称", FieldType.STRING, null, false, false),
            new FieldSpec("capital", "注册资本", FieldType.DECIMAL, "万元", true, false),
            new FieldSpec("employees", "从业人数", FieldType.INTEGER, "人", true, false),
            new FieldSpec("founded", "成立日期", FieldType.DATE, null, true, false)};

    static final String CSV = """
            统一社会信用代码,企业名称,注册资本,从业人数,成立日期
            91420500MA4KXXXX1A,宜昌三峡物流有限公司,500.5,32,2019-03-01
            91420500MA4KXXXX2B,"宜昌市夷陵区茶业合作社, 有限",12,,2021-11-20
            91420500MA4KXXXX3C,当阳市建材有限公司,,7,
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
        resource = ingest.publishedResource(publisher, OpeningAttribute.UNCONDITIONAL, ENTERPRISES);
    }

    @Test
    void aCsvWithChineseHeadersBecomesTheFirstVersion() throws Exception {
        String job = ingest.load(mvc, publisher, resource.code(), "企业.csv", CSV.getBytes(StandardCharsets.UTF_8));

        assertThat((Integer) JsonPath.read(job, "$.version")).isEqualTo(1);
        DatasetVersion v = versions.latest(resource.code()).orElseThrow();
        assertThat(v.rowCount()).isEqualTo(3);
        assertThat(v.byteSize()).isEqualTo(Files.size(v.file()));
        assertThat(v.contentHash()).isEqualTo("sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(v.file()))));
        assertThat(v.fields()).extracting(FieldSpec::name).containsExactly("credit_code", "name", "capital",
                "employees", "founded");
        assertThat((Integer) JsonPath.read(job, "$.report.rowsLoaded")).isEqualTo(3);
        assertThat((List<String>) JsonPath.read(job, "$.report.columns[*].source")).containsExactly("统一社会信用代码",
                "企业名称", "注册资本", "从业人数", "成立日期");
        assertThat((Integer) JsonPath.read(job, "$.report.columns[2].nulls")).isEqualTo(1);
        assertThat((String) JsonPath.read(job, "$.report.columns[3].max")).isEqualTo("32");
        assertThat((String) JsonPath.read(job, "$.report.columns[4].min")).isEqualTo("2019-03-01");
        assertThat((Double) JsonPath.read(job, "$.report.qualityScore")).isBetween(90.0, 100.0);
        await().untilAsserted(() -> assertThat(ingest.published().stream()
                .filter(e -> e.resourceCode().equals(resource.code())))
                .singleElement().satisfies(e -> {
                    assertThat(e.contentHash()).isEqualTo(v.contentHash());
                    assertThat(e.rowCount()).isEqualTo(3);
                    assertThat(e.username()).isEqualTo(publisher.username());
                }));
    }

    @Test
    void aSecondLoadPublishesVersionTwoAndKeepsTheFirst() {
        ingest.load(mvc, publisher, resource.code(), "a.csv", CSV.getBytes(StandardCharsets.UTF_8));
        ingest.load(mvc, publisher, resource.code(), "b.csv", CSV.lines().limit(2)
                .reduce("", (a, b) -> a + b + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(versions.list(resource.code())).extracting(DatasetVersion::number, DatasetVersion::rowCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1L), org.assertj.core.groups.Tuple.tuple(1, 3L));
        MvcTestResult list = mvc.get().uri("/api/v1/resources/" + resource.code() + "/versions").with(as(publisher))
                .exchange();
        assertThat(list).hasStatusOk().bodyJson().extractingPath("$[0].number").isEqualTo(2);
        assertThat(IngestFixture.text(list)).doesNotContain("parquet");
    }

    @Test
    void valuesThatDoNotFitFailTheLoadWithTheirRowNumbersAndPublishNothing() {
        String bad = CSV + "91420500MA4KXXXX4D,某公司,很多,12,2020-01-01\n91420500MA4KXXXX5E,另一公司,1,x,2020-13-45\n";
        String upload = ingest.upload(mvc, publisher, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        String job = ingest.awaitEnd(mvc, publisher,
                ingest.startLoad(mvc, publisher, resource.code(), "{\"upload\":\"" + upload + "\"}"));

        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(job, "$.error.code")).isEqualTo("TYPE_ERRORS");
        assertThat((Integer) JsonPath.read(job, "$.report.rowsRejected")).isEqualTo(2);
        assertThat((List<Integer>) JsonPath.read(job, "$.report.errors[*].row")).contains(4, 5);
        assertThat((List<String>) JsonPath.read(job, "$.report.errors[*].field")).contains("capital");
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void anAllowanceOfErrorsLoadsTheRestAndReportsWhatWasLeftOut() {
        String bad = CSV + "91420500MA4KXXXX4D,某公司,很多,12,2020-01-01\n";
        String upload = ingest.upload(mvc, publisher, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        String job = ingest.awaitEnd(mvc, publisher, ingest.startLoad(mvc, publisher, resource.code(),
                "{\"upload\":\"" + upload + "\",\"maxErrors\":5}"));

        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("SUCCEEDED");
        assertThat((Integer) JsonPath.read(job, "$.report.rowsRejected")).isEqualTo(1);
        assertThat(versions.latest(resource.code()).orElseThrow().rowCount()).isEqualTo(3);
    }

    @Test
    void anEmptyRequiredValueCountsAsAnError() {
        String bad = CSV + "91420500MA4KXXXX4D,,1,12,2020-01-01\n";
        String upload = ingest.upload(mvc, publisher, "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        String job = ingest.awaitEnd(mvc, publisher,
                ingest.startLoad(mvc, publisher, resource.code(), "{\"upload\":\"" + upload + "\"}"));

        assertThat((String) JsonPath.read(job, "$.error.code")).isEqualTo("TYPE_ERRORS");
        assertThat((String) JsonPath.read(job, "$.report.errors[0].kind")).isEqualTo("MISSING_VALUE");
        assertThat((Integer) JsonPath.read(job, "$.report.errors[0].row")).isEqualTo(4);
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void repeatedKeysAreReported() {
        String dup = CSV + "91420500MA4KXXXX1A,重复的公司,1,1,2020-01-01\n";
        String job = ingest.load(mvc, publisher, resource.code(), "dup.csv", dup.getBytes(StandardCharsets.UTF_8));

        assertThat((Integer) JsonPath.read(job, "$.report.duplicateKeys.duplicatedKeys")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(job, "$.report.duplicateKeys.rowsInvolved")).isEqualTo(2);
        assertThat((String) JsonPath.read(job, "$.report.duplicateKeys.samples[0].credit_code"))
                .isEqualTo("91420500MA4KXXXX1A");
        // The key's distinct count comes exactly from the same check: four rows, three keys.
        assertThat((List<Integer>) JsonPath.read(job, "$.report.columns[?(@.field == 'credit_code')].distinct"))
                .containsExactly(3);
    }

    @Test
    void columnsThatAreNotInTheSchemaFailTheLoad() {
        String other = "统一社会信用代码,企业名称,法人代表\n1,2,3\n";
        String upload = ingest.upload(mvc, publisher, "other.csv", other.getBytes(StandardCharsets.UTF_8));
        MvcTestResult started = mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"upload\":\"" + upload + "\"}").exchange();

        // The header is read before a job exists, so the refusal is immediate.
        assertThat(started).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("SCHEMA_MISMATCH");
        assertThat(IngestFixture.text(started)).contains("法人代表");
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void ndjsonAndParquetLoadToo() throws Exception {
        String ndjson = """
                {"credit_code":"A1","name":"甲","capital":1.5,"employees":3,"founded":"2020-01-02"}
                {"统一社会信用代码":"A2","企业名称":"乙"}
                """;
        // Mixed keys across lines: the reader unions them, and both name forms map.
        String job = ingest.load(mvc, publisher, resource.code(), "x.ndjson", ("""
                {"credit_code":"A1","name":"甲","capital":1.5,"employees":3,"founded":"2020-01-02"}
                {"credit_code":"A2","name":"乙","capital":null,"employees":null,"founded":null}
                """).getBytes(StandardCharsets.UTF_8));
        assertThat((Integer) JsonPath.read(job, "$.report.rowsLoaded")).isEqualTo(2);
        assertThat(ndjson).isNotEmpty();

        byte[] parquet = Files.readAllBytes(versions.latest(resource.code()).orElseThrow().file());
        String again = ingest.load(mvc, publisher, resource.code(), "x.parquet", parquet);
        assertThat((Integer) JsonPath.read(again, "$.version")).isEqualTo(2);
        assertThat(versions.latest(resource.code()).orElseThrow().rowCount()).isEqualTo(2);
    }

    @Test
    void anUploadResumesFromWhatTheHubAcknowledged() {
        byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
        MvcTestResult created = mvc.post().uri("/api/v1/uploads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"filename\":\"r.csv\",\"size\":" + bytes.length + "}").exchange();
        String id = JsonPath.read(IngestFixture.text(created), "$.id");
        byte[] first = java.util.Arrays.copyOfRange(bytes, 0, 40);
        byte[] rest = java.util.Arrays.copyOfRange(bytes, 40, bytes.length);
        assertThat(put(id, 0, first)).hasStatusOk().bodyJson().extractingPath("$.received").isEqualTo(40);

        // A client that lost track sends from the wrong place and learns where to go on.
        MvcTestResult wrong = put(id, 0, first);
        assertThat(wrong).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("UPLOAD_OFFSET_MISMATCH");
        assertThat(wrong).bodyJson().extractingPath("$.received").isEqualTo(40);

        assertThat(put(id, 40, rest)).hasStatusOk().bodyJson().extractingPath("$.complete").isEqualTo(true);
        String job = ingest.awaitEnd(mvc, publisher,
                ingest.startLoad(mvc, publisher, resource.code(), "{\"upload\":\"" + id + "\"}"));
        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("SUCCEEDED");
    }

    @Test
    void moreBytesThanDeclaredAreRefusedAndNotKept() {
        MvcTestResult created = mvc.post().uri("/api/v1/uploads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"filename\":\"r.csv\",\"size\":10}").exchange();
        String id = JsonPath.read(IngestFixture.text(created), "$.id");

        assertThat(put(id, 0, new byte[11])).hasStatus(413).bodyJson().extractingPath("$.code")
                .isEqualTo("FILE_TOO_LARGE");
        assertThat(mvc.get().uri("/api/v1/uploads/" + id).with(as(publisher)).exchange()).bodyJson()
                .extractingPath("$.received").isEqualTo(0);
    }

    @Test
    void anIncompleteUploadCannotBeLoaded() {
        MvcTestResult created = mvc.post().uri("/api/v1/uploads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"filename\":\"r.csv\",\"size\":10}").exchange();
        String id = JsonPath.read(IngestFixture.text(created), "$.id");

        assertThat(mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"upload\":\"" + id + "\"}").exchange())
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("UPLOAD_INCOMPLETE");
    }

    @Test
    void onlyTheOwningOrganizationAndTheBureauLoad() {
        Organization other = accounts.organization();
        Caller stranger = accounts.publisher(other);
        String upload = ingest.upload(mvc, stranger, "a.csv", CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(stranger))
                .contentType(MediaType.APPLICATION_JSON).content("{\"upload\":\"" + upload + "\"}").exchange())
                .hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("NOT_OWN_ORGANIZATION");
        assertThat(mvc.post().uri("/api/v1/uploads").with(as(accounts.consumer()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"filename\":\"a.csv\",\"size\":1}").exchange())
                .hasStatus(403);
        // Someone else's upload is not there for you.
        assertThat(mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"upload\":\"" + upload + "\"}").exchange())
                .hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("UPLOAD_NOT_FOUND");
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void aServerPathOutsideTheAllowedDirectoriesIsRefused() {
        assertThat(mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                .contentType(MediaType.APPLICATION_JSON).content("{\"path\":\"/etc/passwd\",\"format\":\"csv\"}")
                .exchange()).hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("PATH_NOT_ALLOWED");
    }

    @Test
    void rowsOfTheWrongShapeAreReportedAndFailTheLoad() {
        String bad = CSV + "91420500MA4KXXXX4D,某公司,1,12,2020-01-01,多出的一列\n91420500MA4KXXXX5E,缺列\n";
        String job = loadExpectingFailure(bad);

        assertThat((String) JsonPath.read(job, "$.error.code")).isEqualTo("TYPE_ERRORS");
        assertThat((List<String>) JsonPath.read(job, "$.report.errors[*].kind")).contains("TOO_MANY_COLUMNS",
                "MISSING_COLUMNS");
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void anEmptyFileOrOneWithoutAHeaderIsRefusedAtOnce() {
        for (String content : List.of("", ",,\n1,2,3\n")) {
            String upload = ingest.upload(mvc, publisher, "bad.csv", content.getBytes(StandardCharsets.UTF_8));
            assertThat(mvc.post().uri("/api/v1/resources/" + resource.code() + "/loads").with(as(publisher))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"upload\":\"" + upload + "\"}").exchange())
                    .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("MALFORMED_FILE");
        }
        assertThat(versions.latest(resource.code())).isEmpty();
    }

    @Test
    void aRunningLoadCanBeCancelledAndPublishesNothing() {
        StringBuilder big = new StringBuilder("统一社会信用代码,企业名称,注册资本,从业人数,成立日期\n");
        for (int i = 0; i < 400_000; i++) {
            big.append("91420500MA").append(i).append(",某某有限公司").append(i).append(",1.5,3,2020-01-02\n");
        }
        String upload = ingest.upload(mvc, publisher, "big.csv", big.toString().getBytes(StandardCharsets.UTF_8));
        long job = ingest.startLoad(mvc, publisher, resource.code(), "{\"upload\":\"" + upload + "\"}");
        MvcTestResult cancelled = mvc.post().uri("/api/v1/loads/" + job + "/cancel").with(as(publisher)).exchange();

        String end = ingest.awaitEnd(mvc, publisher, job);
        if (cancelled.getResponse().getStatus() == 200) {
            assertThat((String) JsonPath.read(end, "$.state")).isEqualTo("CANCELLED");
            assertThat((String) JsonPath.read(end, "$.error.code")).isEqualTo("LOAD_CANCELLED");
            assertThat(versions.latest(resource.code())).isEmpty();
        } else {
            // The load won the race: cancelling a finished job is refused, and the version stands.
            assertThat(cancelled).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("JOB_FINISHED");
        }
        assertThat(mvc.post().uri("/api/v1/loads/" + job + "/cancel").with(as(publisher)).exchange())
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("JOB_FINISHED");
    }

    @Test
    void progressIsStreamedAsServerSentEvents() throws Exception {
        String upload = ingest.upload(mvc, publisher, "a.csv", CSV.getBytes(StandardCharsets.UTF_8));
        long job = ingest.startLoad(mvc, publisher, resource.code(), "{\"upload\":\"" + upload + "\"}");
        ingest.awaitEnd(mvc, publisher, job);

        MvcTestResult events = mvc.get().uri("/api/v1/loads/" + job + "/events").with(as(publisher))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange(java.time.Duration.ofSeconds(10));
        assertThat(IngestFixture.text(events)).contains("event:done").contains("\"state\":\"SUCCEEDED\"");
    }

    private String loadExpectingFailure(String content) {
        String upload = ingest.upload(mvc, publisher, "bad.csv", content.getBytes(StandardCharsets.UTF_8));
        String job = ingest.awaitEnd(mvc, publisher,
                ingest.startLoad(mvc, publisher, resource.code(), "{\"upload\":\"" + upload + "\"}"));
        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
        return job;
    }

    private MvcTestResult put(String id, long offset, byte[] bytes) {
        return mvc.put().uri("/api/v1/uploads/" + id).with(as(publisher)).header("Upload-Offset", Long.toString(offset))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(bytes).exchange();
    }
}
