package io.jingchu.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two ways to the first administrator, through the hub's real entry points on a database of their own:
 * the settings on start, and {@code jingchu admin create}, which starts the application without a web server,
 * creates the administrator and answers with an exit code.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdministratorCommandIT {

    private final InputStream stdin = System.in;
    private final Map<String, Object> database = TestDatabase.connection();
    private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
            (String) database.get("spring.datasource.url"), (String) database.get("spring.datasource.username"),
            (String) database.get("spring.datasource.password")));

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    /** Settings for a hub on this test's database, as command-line arguments. */
    private List<String> settings(String... more) {
        List<String> args = new ArrayList<>();
        database.forEach((name, value) -> args.add("--" + name + "=" + value));
        try {
            args.add("--jingchu.data-dir=" + Files.createTempDirectory("jingchu-command-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        args.add("--jingchu.region.provinces=none");
        args.addAll(List.of(more));
        return args;
    }

    private int command(String stdinText, String... args) {
        System.setIn(new ByteArrayInputStream(stdinText.getBytes(StandardCharsets.UTF_8)));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(settings("--jingchu.admin.username=from-settings-later", "--jingchu.admin.password=later-password"));
        return HubApplication.runCommand(all.toArray(String[]::new));
    }

    private List<String> rolesOf(String username) {
        return jdbc.sql("SELECT r.role FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE u.username = ?")
                .param(username).query(String.class).list();
    }

    @Test
    void theFirstAdministratorComesFromTheSettingsAndMoreFromTheCommandLine(CapturedOutput output) {
        new SpringApplicationBuilder(HubApplication.class).web(WebApplicationType.NONE)
                .run(settings("--jingchu.admin.username=root", "--jingchu.admin.password=root-password")
                        .toArray(String[]::new))
                .close();

        assertThat(rolesOf("root")).containsExactly("ADMIN");
        assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'root'").query(String.class).single())
                .startsWith("{argon2}$argon2id$");

        int created = command("second-admin-password\n",
                "admin", "create", "--username", "bureau", "--password-stdin", "--display-name", "数据局");

        assertThat(created).isZero();
        assertThat(output.getOut()).contains("Created administrator bureau");
        assertThat(rolesOf("bureau")).containsExactly("ADMIN");
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = 'bureau'").query(String.class).single())
                .isEqualTo("数据局");
        assertThat(rolesOf("from-settings-later")).as("settings make only the first administrator").isEmpty();

        int again = command("another-password\n", "admin", "create", "--username=bureau", "--password-stdin");

        assertThat(again).isEqualTo(1);
        assertThat(output.getErr()).contains("Cannot create administrator bureau").contains("USERNAME_TAKEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(2);
    }
}
