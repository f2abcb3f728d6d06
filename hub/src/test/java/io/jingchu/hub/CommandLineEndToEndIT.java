package io.jingchu.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.cli.JingchuCommand;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.testing.TestAccounts;
import io.jingchu.hub.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import picocli.CommandLine;

/**
 * The {@code jingchu} tool against a real hub on a real port: a publisher logs in, registers a resource
 * from a JSON file and submits it, the bureau publishes it, and anyone finds it by a Chinese word.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestAccounts.class)
@ContextConfiguration(initializers = TestDatabase.class)
class CommandLineEndToEndIT {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @TempDir
    Path home;

    String url;

    @BeforeEach
    void hub() {
        url = "http://127.0.0.1:" + port;
    }

    @Test
    void publisherRegistersBureauPublishesAnyoneFinds() throws Exception {
        Organization org = accounts.organization(TestAccounts.YICHANG);
        Caller publisher = accounts.publisher(org);
        Caller admin = accounts.admin();
        String code = accounts.uniqueName("cli").toUpperCase().replaceAll("[^A-Z0-9-]", "-");
        Path file = home.resolve("resource.json");
        Files.writeString(file, """
                {"code": "%s", "title": "宜昌市共享单车停放点位", "description": "停放点位及容量",
                 "theme": "TRANSPORT", "keywords": ["共享单车", "停放"], "updateFrequency": "MONTHLY",
                 "licence": "CC-BY-4.0", "contact": {"name": "交通数据专员"}, "grade": "GENERAL",
                 "sensitivity": "L1", "sharing": {"attribute": "UNCONDITIONAL"},
                 "opening": {"attribute": "UNCONDITIONAL"}, "highQuality": false,
                 "fields": [{"name": "point_id", "label": "点位编号", "type": "STRING", "nullable": false, "personal": false},
                            {"name": "capacity", "label": "容量", "type": "INTEGER", "unit": "辆", "nullable": true, "personal": false}]}
                """.formatted(code));

        Run login = run(publisher.username() + "\n", "login", "--url", url, "--username", publisher.username(),
                "--password-stdin");
        assertThat(login.exit).as(login.err).isZero();
        assertThat(home.resolve("cfg/credentials.json")).exists();

        Run put = run("", "put", file.toString(), "--submit");
        assertThat(put.exit).as(put.err).isZero();
        assertThat(put.out).contains(code);

        Run refused = run("", "publish", code);
        assertThat(refused.exit).isEqualTo(JingchuCommand.REFUSED);
        assertThat(refused.err).contains("ONLY_BUREAU_DECIDES");

        Run publish = run("", "--token", accounts.token(admin), "publish", code);
        assertThat(publish.exit).as(publish.err).isZero();

        Run search = run("", "--token", "", "search", "共享单车");
        assertThat(search.exit).as(search.err).isZero();
        assertThat(search.out).contains(code, "宜昌市共享单车停放点位");

        Run show = run("", "show", code);
        assertThat(show.out).contains("点位编号", "容量");

        // The publisher loads a GBK export in several resumable chunks and sees the version it made.
        StringBuilder csv = new StringBuilder("点位编号,容量\n");
        for (int i = 1; i <= 3000; i++) {
            csv.append("YC-P").append(i).append(',').append(i % 40).append('\n');
        }
        Path data = home.resolve("点位.csv");
        Files.write(data, csv.toString().getBytes(java.nio.charset.Charset.forName("GBK")));
        Run load = run("", "load", data.toString(), "--resource", code, "--chunk-size", "8KiB");
        assertThat(load.exit).as(load.err + load.out).isZero();
        assertThat(load.out + load.err).contains("3,000").contains("sha256:");

        Run versions = run("", "versions", code);
        assertThat(versions.exit).as(versions.err).isZero();
        assertThat(versions.out).contains("3,000");
    }

    private Run run(String stdin, String... args) {
        // the password of every test account is the same; the CLI reads it from standard input
        String input = stdin.isEmpty() ? "" : TestAccounts.PASSWORD + "\n";
        JingchuCommand command = new JingchuCommand(
                Map.of("JINGCHU_CONFIG_DIR", home.resolve("cfg").toString(), "JINGCHU_URL", url),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = JingchuCommand.commandLine(command);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
