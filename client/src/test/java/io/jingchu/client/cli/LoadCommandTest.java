package io.jingchu.client.cli;

import static io.jingchu.client.testing.LoadJobDocument.aJob;
import static io.jingchu.client.testing.LoadJobDocument.aReport;
import static io.jingchu.client.testing.LoadJobDocument.aSucceededJob;
import static io.jingchu.client.testing.ResourceDocument.aResource;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.JingchuClient;
import io.jingchu.client.Json;
import io.jingchu.client.UploadJournal;
import io.jingchu.client.testing.FakeHub;
import io.jingchu.client.testing.FakeHub.Response;
import io.jingchu.client.testing.FakeUploads;
import io.jingchu.client.testing.LoadJobDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class LoadCommandTest {

    private static final String CODE = "YC-SCJG-0001";
    private static final String LOADS = "/api/v1/resources/" + CODE + "/loads";

    private final FakeHub hub = new FakeHub();
    private final FakeUploads uploads = new FakeUploads(hub);

    @TempDir
    Path configDirectory;

    @TempDir
    Path workDirectory;

    private CommandRunner jingchu;

    @BeforeEach
    void scriptTheHub() {
        jingchu = new CommandRunner(configDirectory);
        hub.on("GET", "/api/v1/resources/" + CODE, 200, aResource().code(CODE).json());
        hub.on("POST", LOADS, 202, aJob().state("QUEUED").phase(null).json());
        hub.on("GET", "/api/v1/resources/" + CODE + "/versions/3", 200, """
                {"resourceCode": "%s", "number": 3, "rowCount": 1000, "byteSize": 52429, "qualityScore": 96.5,
                 "contentHash": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 "jobId": 42, "publishedAt": "2026-01-05T02:01:00Z"}""".formatted(CODE));
    }

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void loadingAFileUploadsItFollowsTheJobAndPrintsTheVersionAndTheReport() throws IOException {
        byte[] content = csv(5_000);
        Path file = write("企业登记.csv", content);
        events(progress(aJob().rows(400).percent(40).rowsPerSecond(800)), done(aSucceededJob()));

        CommandRunner.Run run = jingchu.run("load", file.toString(), "--resource", CODE, "--url", hub.url(),
                "--token", "jct_publisher", "--chunk-size", "2KiB", "--encoding", "GB18030", "--max-errors", "5");

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(uploads.content("u-1")).isEqualTo(content);
        assertThat(hub.requests()).filteredOn(request -> request.method().equals("PUT")).hasSize(3);
        assertThat(Json.MAPPER.readTree(hub.only("POST", LOADS).body())).isEqualTo(Json.MAPPER.readTree("""
                {"upload": "u-1", "encoding": "GB18030", "maxErrors": 5}"""));
        assertThat(run.out()).contains("已发布 YC-SCJG-0001 的数据版本 3：1,000 行，51.2 KiB")
                .contains("内容哈希：sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .contains("校验报告：质量评分 96.5；类型错误 3 个；重复键 1 个；疑似个人信息 2 处")
                .contains("类型错误：第 17 行 capital：“十万”")
                .contains("个人信息：字段 remark 中有手机号码 2 处");
        assertThat(run.err()).contains("上传  100%  4.9 KiB / 4.9 KiB")
                .contains("加载任务 42")
                .contains("加载  100%  1,000 行  17 行/秒");
        assertThat(UploadJournal.inFile(configDirectory.resolve("uploads.json")).find(key(file))).isEmpty();
    }

    @Test
    void aFailedLoadExitsOneWithTheHubsReasonAndStillShowsTheReport() throws IOException {
        Path file = write("data.csv", csv(100));
        events(done(aJob().state("FAILED").rows(17)
                .error("TYPE_ERRORS", "有 3 个值无法转换为字段类型，详见校验报告").report(aReport())));

        CommandRunner.Run run = jingchu.run("load", file.toString(), "--resource", CODE, "--url", hub.url());

        assertThat(run.exitCode()).as(run.both()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).contains("加载任务 42 失败：TYPE_ERRORS: 有 3 个值无法转换为字段类型，详见校验报告");
        assertThat(run.out()).contains("类型错误 3 个").doesNotContain("已发布");
    }

    @Test
    void aCancelledLoadExitsOne() throws IOException {
        Path file = write("data.csv", csv(100));
        events(done(aJob().state("CANCELLED")));

        CommandRunner.Run run = jingchu.run("--lang", "en", "load", file.toString(), "--resource", CODE, "--url",
                hub.url());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).contains("Load job 42 was cancelled");
    }

    @Test
    void runningTheSameLoadAgainContinuesTheUnfinishedUpload() throws IOException {
        byte[] content = csv(3_000);
        Path file = write("data.csv", content);
        String earlier = uploads.existing("data.csv", content.length, Arrays.copyOf(content, 1_000));
        UploadJournal.inFile(configDirectory.resolve("uploads.json"))
                .remember(key(file), new UploadJournal.Entry(earlier, "ab".repeat(32), null));
        events(done(aSucceededJob()));

        CommandRunner.Run run = jingchu.run("load", file.toString(), "--resource", CODE, "--url", hub.url());

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(uploads.created()).as("no new upload").isEqualTo(1);
        assertThat(uploads.content(earlier)).isEqualTo(content);
        assertThat(hub.only("PUT", "/api/v1/uploads/" + earlier).header("Upload-Offset")).isEqualTo("1000");
        assertThat(run.err()).contains("继续上次未完成的上传：服务器已收到 1000 B，共 2.9 KiB");
        assertThat(Json.MAPPER.readTree(hub.only("POST", LOADS).body()).path("upload").asString()).isEqualTo(earlier);
    }

    @Test
    void anUnknownResourceIsRefusedBeforeAnythingIsUploaded() throws IOException {
        Path file = write("data.csv", csv(100));

        CommandRunner.Run run = jingchu.run("load", file.toString(), "--resource", "YC-NONE", "--url", hub.url());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(uploads.created()).isZero();
    }

    @Test
    void aServerPathIsLoadedWithoutUploadingAndNoWaitReturnsTheJob() {
        CommandRunner.Run run = jingchu.run("load", "--path", "/srv/data/站点.xlsx", "--resource", CODE, "--sheet",
                "2025", "--format", "xlsx", "--no-wait", "--url", hub.url());

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(Json.MAPPER.readTree(hub.only("POST", LOADS).body())).isEqualTo(Json.MAPPER.readTree("""
                {"path": "/srv/data/站点.xlsx", "format": "xlsx", "sheet": "2025"}"""));
        assertThat(run.out()).contains("已创建加载任务 42").contains("jingchu load --follow 42");
        assertThat(hub.requests()).hasSize(1);
    }

    @Test
    void aDatabasePasswordComesFromTheEnvironment() {
        CommandRunner.Run run = jingchu.run(Map.of(LoadCommand.JDBC_PASSWORD_VARIABLE, "s3cret"), "load",
                "--jdbc-url", "jdbc:postgresql://db.example/stats", "--jdbc-user", "reader", "--jdbc-query",
                "select * from stops", "--resource", CODE, "--no-wait", "--url", hub.url());

        assertThat(run.exitCode()).as(run.both()).isZero();
        JsonNode jdbc = Json.MAPPER.readTree(hub.only("POST", LOADS).body()).path("jdbc");
        assertThat(jdbc.path("url").asString()).isEqualTo("jdbc:postgresql://db.example/stats");
        assertThat(jdbc.path("user").asString()).isEqualTo("reader");
        assertThat(jdbc.path("password").asString()).isEqualTo("s3cret");
        assertThat(jdbc.path("query").asString()).isEqualTo("select * from stops");
        assertThat(run.out() + run.err()).doesNotContain("s3cret");
    }

    @Test
    void withoutThePasswordInTheEnvironmentOrATerminalNothingIsSent() {
        CommandRunner.Run run = jingchu.run("load", "--jdbc-url", "jdbc:mariadb://db/x", "--jdbc-table", "stops",
                "--resource", CODE, "--url", hub.url());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("JINGCHU_JDBC_PASSWORD");
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        CommandRunner.Run run = jingchu.run("load", "--jdbc-url", "jdbc:mariadb://db/x", "--jdbc-table", "stops",
                "--jdbc-password", "s3cret", "--resource", CODE, "--url", hub.url());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void exactlyOneSourceIsNeeded() throws IOException {
        Path file = write("data.csv", csv(10));

        CommandRunner.Run none = jingchu.run("load", "--resource", CODE, "--url", hub.url());
        CommandRunner.Run two = jingchu.run("load", file.toString(), "--path", "/srv/x.csv", "--resource", CODE,
                "--url", hub.url());
        CommandRunner.Run noResource = jingchu.run("load", file.toString(), "--url", hub.url());
        CommandRunner.Run tableAndQuery = jingchu.run("load", "--jdbc-url", "jdbc:x", "--jdbc-table", "t",
                "--jdbc-query", "select 1", "--resource", CODE, "--url", hub.url());

        assertThat(none.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(two.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(two.err()).contains("FILE, --path");
        assertThat(noResource.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(noResource.err()).contains("--resource");
        assertThat(tableAndQuery.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageError() {
        CommandRunner.Run run = jingchu.run("load", workDirectory.resolve("missing.csv").toString(), "--resource",
                CODE, "--url", hub.url());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("找不到文件").contains("missing.csv");
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void cancelAsksTheHubToCancelTheJob() {
        hub.on("POST", "/api/v1/loads/42/cancel", 200, aJob().state("CANCELLED").json());

        CommandRunner.Run run = jingchu.run("load", "--cancel", "42", "--url", hub.url());

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(hub.requests()).extracting(FakeHub.Request::path).containsExactly("/api/v1/loads/42/cancel");
        assertThat(run.out()).contains("加载任务 42：已取消");
    }

    @Test
    void followAttachesToAJobStartedEarlier() {
        hub.on("GET", "/api/v1/loads/42", 200, aJob().rows(10).json());
        events(done(aSucceededJob()));

        CommandRunner.Run run = jingchu.run("load", "--follow", "42", "--url", hub.url());

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(run.out()).contains("已发布 YC-SCJG-0001 的数据版本 3");
    }

    @Test
    void jsonPrintsTheJobAsItEnded() {
        hub.on("GET", "/api/v1/loads/42", 200, aSucceededJob().json());

        CommandRunner.Run run = jingchu.run("load", "--follow", "42", "--json", "--url", hub.url());

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(Json.MAPPER.readTree(run.out()).path("version").asInt()).isEqualTo(3);
    }

    @Test
    void ctrlCDuringTheLoadCancelsTheJobWhenTheUserSaysSo() {
        hub.on("POST", "/api/v1/loads/42/cancel", 200, aJob().state("CANCELLED").json());
        StringWriter err = new StringWriter();
        StringWriter asked = new StringWriter();

        Interruption.duringLoad(JingchuClient.builder(hub.url()).build(), "42", progress(err), new PrintWriter(err),
                Messages.of(JingchuCommand.Language.zh), question -> {
                    asked.write(question);
                    return "y";
                }).run();

        assertThat(asked.toString()).contains("加载任务 42 仍在服务器上运行。是否取消？");
        assertThat(hub.only("POST", "/api/v1/loads/42/cancel")).isNotNull();
        assertThat(err.toString()).contains("已请求取消加载任务 42");
    }

    @Test
    void ctrlCWithoutATerminalTellsHowToFollowOrCancelTheJob() {
        StringWriter err = new StringWriter();

        Interruption.duringLoad(JingchuClient.builder(hub.url()).build(), "42", progress(err), new PrintWriter(err),
                Messages.of(JingchuCommand.Language.zh), null).run();

        assertThat(err.toString()).contains("jingchu load --follow 42").contains("jingchu load --cancel 42");
        assertThat(hub.requests()).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static ProgressBar progress(StringWriter err) {
        return new ProgressBar(new PrintWriter(err), false, Messages.of(JingchuCommand.Language.zh), System::nanoTime);
    }

    private void events(String... events) {
        hub.on("GET", "/api/v1/loads/42/events", request -> Response.streamed(200, "text/event-stream", out -> {
            for (String event : events) {
                write(out, event);
            }
        }));
    }

    private static String progress(LoadJobDocument job) {
        return "event: progress\ndata: " + job.json() + "\n\n";
    }

    private static String done(LoadJobDocument job) {
        return ": heartbeat\n\nevent: done\ndata: " + job.json() + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private UploadJournal.FileKey key(Path file) throws IOException {
        return new UploadJournal.FileKey(hub.url(), file.toAbsolutePath().normalize().toString(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = workDirectory.resolve(name);
        Files.write(file, content);
        return file;
    }

    /** A CSV file of about this many bytes. */
    private static byte[] csv(int size) {
        StringBuilder text = new StringBuilder("credit_code,name\n");
        for (int row = 0; text.length() < size; row++) {
            text.append("91420500").append(row).append(",企业").append(row).append('\n');
        }
        return Arrays.copyOf(text.toString().getBytes(StandardCharsets.UTF_8), size);
    }
}
