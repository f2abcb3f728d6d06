package io.jingchu.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.ledger.ContentHash;
import io.jingchu.client.ledger.FakeLog;
import io.jingchu.client.ledger.LogReader;
import io.jingchu.client.testing.FakeHub;
import io.jingchu.client.testing.FakeHub.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jingchu verify} against a fake hub serving an honest log, then the same log tampered with. */
class VerifyCommandTest {

    private static final byte[] PARQUET = "PAR1 stops PAR1".getBytes(StandardCharsets.UTF_8);

    private final FakeHub hub = new FakeHub();
    private final FakeLog log = new FakeLog();

    @TempDir
    Path configDirectory;

    @TempDir
    Path workDirectory;

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private CommandRunner.Run verify(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--url", hub.url(), "--origin", FakeLog.ORIGIN,
                "--key", log.key().verifierKey().text()));
        args.addAll(List.of(more));
        return new CommandRunner(configDirectory).run(args.toArray(String[]::new));
    }

    private void serve(String checkpoint) {
        hub.on("GET", "/api/v1/ledger/checkpoint", request -> new Response(200, "text/plain;charset=UTF-8",
                checkpoint));
        hub.on("GET", "/api/v1/ledger/proofs/inclusion", request -> {
            LogReader.Inclusion proof = log.inclusion(Long.parseLong(request.query().get("index").get(0)),
                    Long.parseLong(request.query().get("treeSize").get(0)));
            return Response.json(200, "{\"index\":" + proof.entry().index() + ",\"treeSize\":" + proof.treeSize()
                    + ",\"hashes\":" + hashes(proof.hashes()) + ",\"entry\":" + entry(proof.entry()) + "}");
        });
        hub.on("GET", "/api/v1/ledger/proofs/consistency", request -> Response.json(200, "{\"hashes\":"
                + hashes(log.consistency(Long.parseLong(request.query().get("first").get(0)),
                        Long.parseLong(request.query().get("second").get(0)))) + "}"));
        hub.on("GET", "/api/v1/ledger/entries", request -> Response.json(200, log.entriesOf(
                request.query().get("resource").get(0)).stream().map(VerifyCommandTest::entry)
                .collect(Collectors.joining(",", "[", "]"))));
    }

    @Test
    void anHonestLogVerifies() throws IOException {
        log.append("RESOURCE_PUBLISHED", "YC-1", Map.of("title", "公交站点"));
        Path saved = workDirectory.resolve("checkpoint.txt");
        serve(log.checkpoint());
        CommandRunner.Run first = verify("--save", saved.toString());
        assertThat(first.exitCode()).as(first.both()).isZero();
        assertThat(first.out()).contains("检查点签名有效", FakeLog.ORIGIN, "共 1 条");
        // SM2 signatures are randomized: the saved note is the one served, the same checkpoint signed
        assertThat(Files.readString(saved)).startsWith(FakeLog.ORIGIN + "\n1\n").contains("\n\n\u2014 ");

        log.append("VERSION_PUBLISHED", "YC-1", Map.of("number", 3,
                "contentHash", ContentHash.of(new ByteArrayInputStream(PARQUET))));
        serve(log.checkpoint());
        Path file = Files.write(workDirectory.resolve("v3.parquet"), PARQUET);
        CommandRunner.Run later = verify("--since", saved.toString(), "--entry", "1", "--file", file.toString(),
                "--resource", "YC-1", "--version", "3");
        assertThat(later.exitCode()).as(later.both()).isZero();
        assertThat(later.out()).contains("账本自 1 条以来只有追加，现为 2 条", "第 1 条已证明包含在 2 条的树中",
                "即账本记录的 YC-1 第 3 版");
    }

    @Test
    void aTamperedCheckpointFailsWithExitCode4() {
        log.append("RESOURCE_PUBLISHED", "YC-1", Map.of("title", "公交站点"));
        serve(log.checkpoint().replaceFirst("\n1\n", "\n2\n"));
        CommandRunner.Run run = verify();
        assertThat(run.exitCode()).as(run.both()).isEqualTo(JingchuCommand.NOT_VERIFIED);
        assertThat(run.err()).contains("验证未通过", "BAD_SIGNATURE");
    }

    @Test
    void aChangedFileFailsWithExitCode4() throws IOException {
        log.append("VERSION_PUBLISHED", "YC-1", Map.of("number", 3,
                "contentHash", ContentHash.of(new ByteArrayInputStream(PARQUET))));
        serve(log.checkpoint());
        Path file = Files.write(workDirectory.resolve("v3.parquet"), "PAR1 other PAR1".getBytes(StandardCharsets.UTF_8));
        CommandRunner.Run run = verify("--file", file.toString(), "--resource", "YC-1", "--version", "3");
        assertThat(run.exitCode()).as(run.both()).isEqualTo(JingchuCommand.NOT_VERIFIED);
        assertThat(run.err()).contains("CONTENT_HASH_MISMATCH", file.toString());
    }

    @Test
    void withoutAKeyNothingIsTrusted() {
        CommandRunner.Run run = new CommandRunner(configDirectory).run("verify", "--url", hub.url(), "--origin",
                FakeLog.ORIGIN);
        assertThat(run.exitCode()).isEqualTo(JingchuCommand.USAGE);
        assertThat(run.err()).contains("--key");
        assertThat(hub.requests()).isEmpty();
    }

    private static String hashes(List<byte[]> hashes) {
        return hashes.stream().map(h -> "\"" + Base64.getEncoder().encodeToString(h) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String entry(LogReader.Entry entry) {
        return "{\"index\":" + entry.index() + ",\"entry\":\"" + entry.entry().replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"}";
    }
}
