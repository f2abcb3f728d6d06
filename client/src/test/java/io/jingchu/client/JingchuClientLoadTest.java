package io.jingchu.client;

import static io.jingchu.client.testing.LoadJobDocument.aJob;
import static io.jingchu.client.testing.LoadJobDocument.aReport;
import static io.jingchu.client.testing.LoadJobDocument.aSucceededJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.client.testing.FakeHub;
import io.jingchu.client.testing.FakeHub.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JingchuClientLoadTest {

    private final FakeHub hub = new FakeHub();
    private final JingchuClient publisher = JingchuClient.builder(hub.url()).token("jct_publisher")
            .loadPollInterval(Duration.ofMillis(10)).build();

    @AfterEach
    void stopHub() {
        hub.close();
    }

    // ---- uploads ------------------------------------------------------------------------------------------

    @Test
    void createUploadDeclaresNameSizeAndChecksum() {
        hub.on("POST", "/api/v1/uploads", 201, """
                {"id": "u-9", "filename": "公交站点.csv", "size": 123, "received": 0, "complete": false,
                 "expiresAt": "2026-01-06T00:00:00Z"}""");

        Upload upload = publisher.createUpload("公交站点.csv", 123, "ab".repeat(32));

        JsonNode sent = Json.MAPPER.readTree(hub.only("POST", "/api/v1/uploads").body());
        assertThat(sent.path("filename").asString()).isEqualTo("公交站点.csv");
        assertThat(sent.path("size").asLong()).isEqualTo(123);
        assertThat(sent.path("sha256").asString()).isEqualTo("ab".repeat(32));
        assertThat(upload).isEqualTo(new Upload("u-9", "公交站点.csv", 123, 0, false,
                Instant.parse("2026-01-06T00:00:00Z")));
        assertThat(upload.remaining()).isEqualTo(123);
    }

    @Test
    void aChunkIsPutAtItsOffsetAsOctetsReadFromTheStream() throws IOException {
        hub.on("PUT", "/api/v1/uploads/u-9", 200, """
                {"id": "u-9", "filename": "x.csv", "size": 10, "received": 10, "complete": true}""");
        ByteArrayInputStream data = new ByteArrayInputStream("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        data.skipNBytes(4);

        Upload upload = publisher.uploadChunk("u-9", 4, data, 6);

        FakeHub.Request put = hub.only("PUT", "/api/v1/uploads/u-9");
        assertThat(put.header("Upload-Offset")).isEqualTo("4");
        assertThat(put.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(put.header("Content-Length")).isEqualTo("6");
        assertThat(put.body()).isEqualTo("456789");
        assertThat(data.read()).as("the rest of the stream is left for the next chunk").isEqualTo('a');
        assertThat(upload.complete()).isTrue();
    }

    @Test
    void anOffsetMismatchTellsWhereTheHubWantsTheNextChunk() {
        hub.on("PUT", "/api/v1/uploads/u-9", request -> new Response(409, "application/problem+json", """
                {"status": 409, "code": "UPLOAD_OFFSET_MISMATCH", "detail": "上传位置不符：服务器已收到 1024 字节",
                 "received": 1024}"""));

        UploadOffsetMismatchException mismatch = catchThrowableOfType(UploadOffsetMismatchException.class,
                () -> publisher.uploadChunk("u-9", 0, new byte[10]));

        assertThat(mismatch.received()).isEqualTo(1024);
        assertThat(mismatch.code()).isEqualTo("UPLOAD_OFFSET_MISMATCH");
        assertThat(mismatch.getMessage()).isEqualTo("409 UPLOAD_OFFSET_MISMATCH: 上传位置不符：服务器已收到 1024 字节");
    }

    // ---- loads --------------------------------------------------------------------------------------------

    @Test
    void startLoadSendsTheSourceAndOnlyTheSettingsGiven() {
        hub.on("POST", "/api/v1/resources/YC-SCJG-0001/loads", 202, aJob().state("QUEUED").json());

        LoadJob job = publisher.startLoad("YC-SCJG-0001",
                LoadRequest.upload("u-9").withEncoding("GB18030").withMaxErrors(10));

        assertThat(Json.MAPPER.readTree(hub.only("POST", "/api/v1/resources/YC-SCJG-0001/loads").body()))
                .isEqualTo(Json.MAPPER.readTree("""
                        {"upload": "u-9", "encoding": "GB18030", "maxErrors": 10}"""));
        assertThat(job.id()).isEqualTo("42");
        assertThat(job.state()).isEqualTo("QUEUED");
        assertThat(job.finished()).isFalse();
    }

    @Test
    void aServerPathAndARelationalSourceAreSentInTheirOwnShapes() {
        hub.on("POST", "/api/v1/resources/YC-1/loads", 202, aJob().json());

        publisher.startLoad("YC-1", LoadRequest.path("/srv/data/站点.xlsx").withFormat("xlsx").withSheet("2025"));
        publisher.startLoad("YC-1", LoadRequest.jdbc(LoadRequest.JdbcSource.query(
                "jdbc:postgresql://db/stats", "reader", "s3cret", "select * from stops")));

        List<JsonNode> bodies = hub.requests().stream().map(request -> Json.MAPPER.readTree(request.body())).toList();
        assertThat(bodies.get(0)).isEqualTo(Json.MAPPER.readTree("""
                {"path": "/srv/data/站点.xlsx", "format": "xlsx", "sheet": "2025"}"""));
        assertThat(bodies.get(1)).isEqualTo(Json.MAPPER.readTree("""
                {"jdbc": {"url": "jdbc:postgresql://db/stats", "user": "reader", "password": "s3cret",
                          "query": "select * from stops"}}"""));
        assertThat(LoadRequest.JdbcSource.table("jdbc:x", "u", "s3cret", "t").toString()).doesNotContain("s3cret");
    }

    @Test
    void aJobIsReadWithItsErrorAndItsReport() {
        hub.on("GET", "/api/v1/loads/42", 200, aJob().state("FAILED").rows(17).bytes(2_048)
                .error("TYPE_ERRORS", "有 3 个值无法转换为字段类型，详见校验报告")
                .report(aReport()).json());

        LoadJob job = publisher.load("42");

        assertThat(job.finished()).isTrue();
        assertThat(job.succeeded()).isFalse();
        assertThat(job.error()).isEqualTo(new LoadJob.Failure("TYPE_ERRORS", "有 3 个值无法转换为字段类型，详见校验报告"));
        assertThat(job.rows()).isEqualTo(17);
        assertThat(job.totalBytes()).isEqualTo(10_000);
        assertThat(job.report().path("qualityScore").asDouble()).isEqualTo(96.5);
        assertThat(job.json().path("resourceCode").asString()).isEqualTo("YC-SCJG-0001");
    }

    @Test
    void cancelPostsToTheJob() {
        hub.on("POST", "/api/v1/loads/42/cancel", 200, aJob().state("CANCELLED").json());

        LoadJob job = publisher.cancelLoad("42");

        assertThat(hub.only("POST", "/api/v1/loads/42/cancel").header("Authorization"))
                .isEqualTo("Bearer jct_publisher");
        assertThat(job.state()).isEqualTo("CANCELLED");
    }

    @Test
    void followingReadsTheEventStreamUntilDone() {
        hub.on("GET", "/api/v1/loads/42/events", request -> Response.streamed(200, "text/event-stream", out -> {
            send(out, ": connected\n\n");
            send(out, "event: progress\ndata: " + aJob().rows(300).percent(30).json() + "\n\n");
            String second = "event: progress\ndata: " + aJob().rows(600).percent(60).phase("校验").json() + "\n\n";
            byte[] bytes = second.getBytes(StandardCharsets.UTF_8);
            int middleOfAChineseCharacter =
                    second.substring(0, second.indexOf("校")).getBytes(StandardCharsets.UTF_8).length + 1;
            out.write(bytes, 0, middleOfAChineseCharacter);
            out.flush();
            pause();
            out.write(bytes, middleOfAChineseCharacter, bytes.length - middleOfAChineseCharacter);
            out.flush();
            send(out, ": heartbeat\n\n");
            send(out, "event: done\ndata: " + aSucceededJob().json() + "\n\n");
        }));
        List<LoadJob> seen = new CopyOnWriteArrayList<>();

        LoadJob done = publisher.followLoad("42", seen::add);

        assertThat(hub.only("GET", "/api/v1/loads/42/events").header("Accept")).isEqualTo("text/event-stream");
        assertThat(seen).extracting(LoadJob::rows).containsExactly(300L, 600L, 1_000L);
        assertThat(seen.get(1).phase()).isEqualTo("校验");
        assertThat(done.succeeded()).isTrue();
        assertThat(done.version()).isEqualTo(3);
        assertThat(hub.requests()).as("no polling").hasSize(1);
    }

    @Test
    void dataSplitOverSeveralLinesIsOneJob() {
        String job = aJob().rows(5).json();
        String twoLines = job.replaceFirst(",", ",\ndata: ");
        hub.on("GET", "/api/v1/loads/42/events", request -> Response.streamed(200, "text/event-stream", out -> {
            send(out, "event: done\ndata: " + twoLines + "\n\n");
        }));

        LoadJob done = publisher.followLoad("42", ignored -> {
        });

        assertThat(done.rows()).isEqualTo(5);
    }

    @Test
    void aBrokenStreamFallsBackToAskingForTheJob() {
        hub.on("GET", "/api/v1/loads/42/events", request -> Response.streamed(200, "text/event-stream", out -> {
            send(out, "event: progress\ndata: " + aJob().rows(100).json() + "\n\n");
            throw new IOException("the network went away");
        }));
        AtomicInteger polls = new AtomicInteger();
        hub.on("GET", "/api/v1/loads/42", request -> Response.json(200, polls.incrementAndGet() < 3
                ? aJob().rows(200L * polls.get()).json() : aSucceededJob().json()));
        List<Long> rows = new CopyOnWriteArrayList<>();

        LoadJob done = publisher.followLoad("42", job -> rows.add(job.rows()));

        assertThat(done.succeeded()).isTrue();
        assertThat(rows).containsExactly(100L, 200L, 400L, 1_000L);
    }

    @Test
    void aHubWithoutTheEventStreamIsPolled() {
        hub.on("GET", "/api/v1/loads/42", 200, aJob().state("FAILED").error("SCHEMA_MISMATCH", "数据列与资源的字段定义不符").json());

        LoadJob done = publisher.followLoad("42", ignored -> {
        });

        assertThat(done.state()).isEqualTo("FAILED");
        assertThat(done.error().code()).isEqualTo("SCHEMA_MISMATCH");
    }

    @Test
    void followingAJobThatDoesNotExistIsARefusal() {
        hub.on("GET", "/api/v1/loads/404", request -> Response.problem(404, "JOB_NOT_FOUND", null, "未找到该加载任务：404"));

        JingchuException refused = catchThrowableOfType(JingchuException.class,
                () -> publisher.followLoad("404", ignored -> {
                }));

        assertThat(refused.code()).isEqualTo("JOB_NOT_FOUND");
    }

    // ---- versions, rows, exports ---------------------------------------------------------------------------

    @Test
    void versionsAreReadNewestFirstAndOneVersionWithItsReport() {
        hub.on("GET", "/api/v1/resources/YC-1/versions", 200, """
                [{"resourceCode": "YC-1", "number": 2, "rowCount": 1000, "byteSize": 52000,
                  "contentHash": "sha256:aa", "qualityScore": 96.5, "jobId": 42, "publishedAt": "2026-01-05T02:01:00Z"},
                 {"resourceCode": "YC-1", "number": 1, "rowCount": 900, "byteSize": 50000,
                  "contentHash": "sha256:bb", "qualityScore": 100, "jobId": 40, "publishedAt": "2026-01-04T02:01:00Z"}]""");
        hub.on("GET", "/api/v1/resources/YC-1/versions/2", 200, """
                {"resourceCode": "YC-1", "number": 2, "rowCount": 1000, "byteSize": 52000, "contentHash": "sha256:aa",
                 "qualityScore": 96.5, "jobId": 42, "report": {"qualityScore": 96.5}}""");

        List<DatasetVersion> versions = publisher.versions("YC-1");
        DatasetVersion second = publisher.version("YC-1", 2);

        assertThat(versions).extracting(DatasetVersion::number).containsExactly(2, 1);
        assertThat(versions.get(0).rowCount()).isEqualTo(1000);
        assertThat(versions.get(0).jobId()).isEqualTo("42");
        assertThat(versions.get(1).publishedAt()).isEqualTo(Instant.parse("2026-01-04T02:01:00Z"));
        assertThat(second.report().path("qualityScore").asDouble()).isEqualTo(96.5);
    }

    @Test
    void rowsSendEachFilterAsItsOwnParameter() {
        hub.on("GET", "/api/v1/resources/YC-1/rows", 200, """
                {"fields": [{"name": "name"}, {"name": "population"}],
                 "rows": [{"name": "西陵区", "population": 51.2}, {"name": "伍家岗区"}], "total": 2}""");

        RowsPage page = publisher.rows("YC-1", RowsQuery.builder().fields("name", "population")
                .filter("population", "gte", "1000").filter("name:like:区%").sort("-population,name").limit(5).build());

        FakeHub.Request request = hub.only("GET", "/api/v1/resources/YC-1/rows");
        assertThat(request.rawQuery()).isEqualTo("fields=name%2Cpopulation&filter=population%3Agte%3A1000"
                + "&filter=name%3Alike%3A%E5%8C%BA%25&sort=-population%2Cname&limit=5");
        assertThat(request.query().get("filter")).containsExactly("population:gte:1000", "name:like:区%");
        assertThat(page.columns()).containsExactly("name", "population");
        assertThat(page.rows().get(0).get(1).asDouble()).isEqualTo(51.2);
        assertThat(page.rows().get(1).get(1)).isNull();
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void rowsAsArraysTakeTheirColumnNamesFromTheFields() {
        hub.on("GET", "/api/v1/resources/YC-1/rows", 200, """
                {"fields": ["name", "population"], "rows": [["西陵区", 51.2]]}""");

        RowsPage page = publisher.rows("YC-1", RowsQuery.all());

        assertThat(hub.only("GET", "/api/v1/resources/YC-1/rows").rawQuery()).isNull();
        assertThat(page.columns()).containsExactly("name", "population");
        assertThat(page.rows().get(0).get(0).asString()).isEqualTo("西陵区");
        assertThat(page.total()).isNull();
    }

    @Test
    void anExportIsStreamedAsTheHubWritesIt() {
        hub.on("GET", "/api/v1/resources/YC-1/export.csv", request -> Response.streamed(200, "text/csv", out -> {
            send(out, "\uFEFFname,population\n");
            send(out, "西陵区,51.2\n");
        }));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long bytes = publisher.export("YC-1", "csv", RowsQuery.builder().filter("population:gt:0").build(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,population\n西陵区,51.2\n");
        assertThat(bytes).isEqualTo(out.size());
        assertThat(hub.only("GET", "/api/v1/resources/YC-1/export.csv").query())
                .containsEntry("filter", List.of("population:gt:0"));
    }

    @Test
    void aRefusedExportIsAProblemAndWritesNothing() {
        hub.on("GET", "/api/v1/resources/YC-1/export.geojson",
                request -> Response.problem(422, "NO_COORDINATES", null, "该数据资源没有经纬度字段，无法导出 GeoJSON"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JingchuException refused = catchThrowableOfType(JingchuException.class,
                () -> publisher.export("YC-1", "geojson", RowsQuery.all(), out));

        assertThat(refused.code()).isEqualTo("NO_COORDINATES");
        assertThat(out.size()).isZero();
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        pause();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
