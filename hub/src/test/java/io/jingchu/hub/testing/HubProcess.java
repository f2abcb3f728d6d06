package io.jingchu.hub.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jingchu.hub.HubApplication;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The hub as a separate process, as in production, on the database of this test pass and a given data
 * directory, for tests that kill it ({@code kill -9}) and start it again. Calls go over HTTP as the first
 * administrator, whom the hub creates from its environment on first start.
 */
public final class HubProcess implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path dataDir;
    private final Map<String, Object> database = TestDatabase.connection();
    private final String admin;
    private final String password;
    private Process process;
    private int port;

    public HubProcess(Path dataDir, String admin, String password) {
        this.dataDir = dataDir;
        this.admin = admin;
        this.password = password;
    }

    /** Starts the hub with these settings ({@code --name=value}) on a free port; returns once it is healthy. */
    public void start(String... settings) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), HubApplication.class.getName(),
                "--server.port=" + port, "--jingchu.data-dir=" + dataDir, "--logging.level.root=WARN"));
        command.addAll(List.of(settings));
        if (TestDatabase.isPostgres()) {
            database.forEach((k, v) -> command.add("--" + k + "=" + v));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("hub.log").toFile()));
        builder.environment().put("JINGCHU_ADMIN_USERNAME", admin);
        builder.environment().put("JINGCHU_ADMIN_PASSWORD", password);
        process = builder.start();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                status("/actuator/health") == 200);
    }

    /** kill -9, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (admin + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    /** Calls as the administrator and asserts the status; returns the body. */
    public String call(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    public int status(String path) throws Exception {
        return http.send(request("GET", path, null), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = http.send(request("GET", path, null), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Creates an organization in 宜昌市 as the administrator; returns its id. */
    public long createOrganization(String code) throws Exception {
        call("POST", "/api/v1/organizations", """
                {"code": "%s", "name": "宜昌市数据局 %s", "divisionCode": "420500000000"}""".formatted(code, code), 201);
        return Long.parseLong(call("GET", "/api/v1/organizations/" + code, null, 200)
                .replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    /** Registers an unconditionally open resource of this organization as the administrator; returns its JSON. */
    public String register(String code, long organization) throws Exception {
        return call("POST", "/api/v1/resources", """
                {"code": "%s", "title": "崩溃测试资源", "organizationId": %d, "theme": "ECONOMY",
                 "keywords": ["测试"], "updateFrequency": "DAILY", "licence": "CC-BY-4.0",
                 "contact": {"name": "张三", "phone": "0717-6000000", "email": "a@example.org"},
                 "grade": "GENERAL", "sensitivity": "L1",
                 "sharing": {"attribute": "UNCONDITIONAL"}, "opening": {"attribute": "UNCONDITIONAL"},
                 "fields": [{"name": "id", "label": "序号", "type": "INTEGER", "nullable": false, "personal": false}]}"""
                .formatted(code, organization), 201);
    }
}
