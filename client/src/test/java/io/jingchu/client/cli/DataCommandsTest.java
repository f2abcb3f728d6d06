package io.jingchu.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.testing.FakeHub;
import io.jingchu.client.testing.FakeHub.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versions}, {@code rows} and {@code export}. */
class DataCommandsTest {

    private final FakeHub hub = new FakeHub();

    @TempDir
    Path configDirectory;

    @TempDir
    Path workDirectory;

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void versionsAreListedNewestFirstWithRowsSizeQualityAndHash() {
        hub.on("GET", "/api/v1/resources/YC-1/versions", 200, """
                [{"resourceCode": "YC-1", "number": 12, "rowCount": 1234567, "byteSize": 52428800,
                  "contentHash": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                  "qualityScore": 96.5, "jobId": 42, "publishedAt": "2026-01-05T02:01:00Z"},
                 {"resourceCode": "YC-1", "number": 9, "rowCount": 900, "byteSize": 800,
                  "contentHash": "sha256:aa", "qualityScore": 100, "jobId": 40, "publishedAt": "2026-01-04T02:01:00Z"}]""");

        CommandRunner.Run run = jingchu("versions", "YC-1");

        assertThat(run.exitCode()).as(run.both()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("版本", "行数", "大小", "质量评分", "发布时间", "内容哈希");
        assertThat(lines.get(2)).startsWith("  12  ").contains("1,234,567", "50.0 MiB", "96.5", "sha256:9f86d081884c7d65…");
        assertThat(lines.get(3)).startsWith("   9  ").contains("900", "800 B", "100.0", "sha256:aa");
        assertThat(lines.get(2).indexOf("96.5") + 4).as("numbers aligned right")
                .isEqualTo(lines.get(3).indexOf("100.0") + 5);
    }

    @Test
    void aResourceWithoutVersionsSaysSo() {
        hub.on("GET", "/api/v1/resources/YC-1/versions", 200, "[]");

        CommandRunner.Run run = jingchu("versions", "YC-1");

        assertThat(run.out()).contains("YC-1 还没有数据版本");
    }

    @Test
    void rowsSendTheSelectionAsQueryParametersAndPrintATable() {
        hub.on("GET", "/api/v1/resources/YC-1/rows", 200, """
                {"fields": [{"name": "name"}, {"name": "population"}],
                 "rows": [{"name": "西陵区", "population": 512000}, {"name": "伍家岗区", "population": null}],
                 "total": 14}""");

        CommandRunner.Run run = jingchu("rows", "YC-1", "--fields", "name,population", "--filter",
                "population=gte:1000", "--filter", "name=like:%区", "--filter", "level=COUNTY", "--sort",
                "-population,name", "--limit", "2");

        assertThat(run.exitCode()).as(run.both()).isZero();
        FakeHub.Request request = hub.only("GET", "/api/v1/resources/YC-1/rows");
        assertThat(request.query()).containsEntry("fields", List.of("name,population"))
                .containsEntry("filter", List.of("population:gte:1000", "name:like:%区", "level:eq:COUNTY"))
                .containsEntry("sort", List.of("-population,name"))
                .containsEntry("limit", List.of("2"));
        assertThat(run.out().lines().toList()).startsWith("name      population", "--------  ----------",
                "西陵区        512000", "伍家岗区");
        assertThat(run.out()).contains("共 14 行，显示 2 行");
    }

    @Test
    void aFilterThatCannotBeReadIsAUsageError() {
        CommandRunner.Run run = jingchu("rows", "YC-1", "--filter", "population");

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("population=gte:1000");
        assertThat(hub.requests()).isEmpty();
    }

    @Test
    void aRefusedQueryExitsOneWithTheProblem() {
        hub.on("GET", "/api/v1/resources/YC-1/rows",
                request -> Response.problem(400, "UNKNOWN_FIELD", "filter[0]", "未知字段：popul"));

        CommandRunner.Run run = jingchu("rows", "YC-1", "--filter", "popul=gt:1");

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).contains("400 UNKNOWN_FIELD (filter[0]): 未知字段：popul");
    }

    @Test
    void anExportIsStreamedIntoTheFile() throws IOException {
        hub.on("GET", "/api/v1/resources/YC-1/export.csv", request -> Response.streamed(200, "text/csv", out -> {
            out.write("\uFEFFname,population\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write("西陵区,512000\n".getBytes(StandardCharsets.UTF_8));
        }));
        Path file = workDirectory.resolve("out/districts.csv");

        CommandRunner.Run run = jingchu("export", "YC-1", "--format", "csv", "-o", file.toString(), "--filter",
                "population=gt:0");

        assertThat(run.exitCode()).as(run.both()).isZero();
        assertThat(Files.readString(file)).isEqualTo("\uFEFFname,population\n西陵区,512000\n");
        assertThat(hub.only("GET", "/api/v1/resources/YC-1/export.csv").query())
                .containsEntry("filter", List.of("population:gt:0"));
        assertThat(run.out()).contains("已导出").contains("districts.csv");
        assertThat(filesIn(file.getParent())).containsExactly("districts.csv");
    }

    @Test
    void aFailedExportLeavesNoFile() throws IOException {
        hub.on("GET", "/api/v1/resources/YC-1/export.geojson",
                request -> Response.problem(422, "NO_COORDINATES", null, "该数据资源没有经纬度字段，无法导出 GeoJSON"));
        Path file = workDirectory.resolve("stops.geojson");

        CommandRunner.Run run = jingchu("export", "YC-1", "--format", "geojson", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).contains("NO_COORDINATES");
        assertThat(filesIn(workDirectory)).isEmpty();
    }

    @Test
    void anExportThatCannotBeWrittenIsAFailureNotACrash() throws IOException {
        Path notADirectory = Files.writeString(workDirectory.resolve("taken"), "x");

        CommandRunner.Run run = jingchu("export", "YC-1", "-o", notADirectory.resolve("out.csv").toString());

        assertThat(run.exitCode()).isEqualTo(JingchuCommand.REFUSED);
        assertThat(run.err()).startsWith("无法写入").contains("out.csv");
        assertThat(hub.requests()).isEmpty();
    }

    private CommandRunner.Run jingchu(String... args) {
        String[] withUrl = Stream.concat(Stream.of(args), Stream.of("--url", hub.url())).toArray(String[]::new);
        return new CommandRunner(configDirectory).run(withUrl);
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

}
