package io.jingchu.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.jingchu.hub.testing.HubProcess;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the hub in the middle of a load: after a restart the job is failed with its reason, no version
 * appeared, the load's files are gone, and the next load works. The hub runs as a separate process on the
 * database of this test pass (an H2 file, or PostgreSQL), as in production.
 */
class LoadCrashIT {

    private static final String ADMIN = "crash-admin";
    private static final String PASSWORD = "Crash-test-2026";

    private HubProcess hub;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aLoadKilledMidwayLeavesOnlyAFailedJob() throws Exception {
        Path dataDir = Files.createTempDirectory("jingchu-crash-");
        Path incoming = Files.createDirectories(dataDir.resolve("incoming"));
        hub = new HubProcess(dataDir, ADMIN, PASSWORD);
        Path csv = incoming.resolve("big.csv");
        writeRows(csv, 6_000_000);

        start(incoming);
        call("POST", "/api/v1/organizations", """
                {"code": "crash-org", "name": "宜昌市统计局", "divisionCode": "420500000000"}""", 201);
        String org = call("GET", "/api/v1/organizations/crash-org", null, 200);
        long orgId = ((Number) JsonPath.read(org, "$.id")).longValue();
        call("POST", "/api/v1/resources", """
                {"code": "crash-data", "title": "崩溃测试数据", "organizationId": %d, "theme": "ECONOMY",
                 "keywords": ["测试"], "updateFrequency": "DAILY", "licence": "CC-BY-4.0",
                 "contact": {"name": "张三", "phone": "0717-6000000", "email": "a@example.org"},
                 "grade": "GENERAL", "sensitivity": "L1",
                 "sharing": {"attribute": "UNCONDITIONAL"}, "opening": {"attribute": "UNCONDITIONAL"},
                 "fields": [{"name": "id", "label": "序号", "type": "INTEGER", "nullable": false, "personal": false},
                            {"name": "name", "label": "名称", "type": "STRING", "nullable": true, "personal": false},
                            {"name": "amount", "label": "金额", "type": "DECIMAL", "nullable": true, "personal": false}]}"""
                .formatted(orgId), 201);

        String job = call("POST", "/api/v1/resources/crash-data/loads", "{\"path\": \"" + csv + "\"}", 202);
        long jobId = ((Number) JsonPath.read(job, "$.id")).longValue();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            String now = call("GET", "/api/v1/loads/" + jobId, null, 200);
            return "LOADING".equals(JsonPath.read(now, "$.phase"));
        });
        Thread.sleep(300);
        hub.kill();

        start(incoming);
        String failed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> call("GET", "/api/v1/loads/" + jobId, null, 200),
                body -> "FAILED".equals(JsonPath.read(body, "$.state")));
        assertThat((String) JsonPath.read(failed, "$.error.code")).isEqualTo("LOAD_INTERRUPTED");
        assertThat(call("GET", "/api/v1/resources/crash-data/versions", null, 200)).isEqualTo("[]");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(files(dataDir.resolve("tmp/ingest"))).isEmpty();
            assertThat(files(dataDir.resolve("datasets"))).isEmpty();
        });

        String again = call("POST", "/api/v1/resources/crash-data/loads", "{\"path\": \"" + csv + "\"}", 202);
        long againId = ((Number) JsonPath.read(again, "$.id")).longValue();
        String done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(
                () -> call("GET", "/api/v1/loads/" + againId, null, 200),
                body -> !List.of("QUEUED", "RUNNING").contains(JsonPath.read(body, "$.state")));
        assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("SUCCEEDED");
        assertThat((Integer) JsonPath.read(done, "$.version")).isEqualTo(1);
    }

    private void start(Path incoming) throws Exception {
        hub.start("--jingchu.ingest.server-paths=" + incoming, "--jingchu.ingest.heartbeat-timeout=3s",
                "--jingchu.ingest.orphan-age=0s", "--jingchu.ingest.threads=1");
    }

    private String call(String method, String path, String body, int expected) throws Exception {
        return hub.call(method, path, body, expected);
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).toList();
        }
    }

    private static void writeRows(Path csv, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("序号,名称,金额\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ",宜昌市第" + i + "号单位," + (i % 1000) + ".25\n");
            }
        }
    }
}
