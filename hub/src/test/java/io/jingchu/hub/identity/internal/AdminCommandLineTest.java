package io.jingchu.hub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminCommandLineTest {

    @Test
    void readsNameAndOptionsWithSeparateValues() {
        assertThat(AdminCommandLine.parse(List.of("admin", "create", "--username", "root", "--password-stdin",
                "--display-name", "数据局管理员")))
                .isEqualTo(new AdminCommandLine("root", "数据局管理员", true));
    }

    @Test
    void readsInlineValues() {
        assertThat(AdminCommandLine.parse(List.of("admin", "create", "--username=root")))
                .isEqualTo(new AdminCommandLine("root", null, false));
    }

    @Test
    void leavesTheHubsSettingsAlone() {
        assertThat(AdminCommandLine.parse(List.of("admin", "create", "--jingchu.data-dir=/srv/hub", "--username", "root",
                "--spring.datasource.url=jdbc:postgresql://db/hub")))
                .isEqualTo(new AdminCommandLine("root", null, false));
    }

    @Test
    void theUsernameIsRequired() {
        assertThatThrownBy(() -> AdminCommandLine.parse(List.of("admin", "create", "--password-stdin")))
                .isInstanceOf(AdminCommandLine.UsageException.class)
                .hasMessageContaining("--username is required")
                .hasMessageContaining(AdminCommandLine.USAGE);
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> AdminCommandLine.parse(List.of("admin", "create", "--username", "--password-stdin")))
                .isInstanceOf(AdminCommandLine.UsageException.class)
                .hasMessageContaining("--username needs a value");
    }

    @Test
    void unknownSubcommandsAndStrayArgumentsAreRefused() {
        assertThatThrownBy(() -> AdminCommandLine.parse(List.of("admin", "delete", "--username", "root")))
                .isInstanceOf(AdminCommandLine.UsageException.class).hasMessageContaining("unknown command admin delete");
        assertThatThrownBy(() -> AdminCommandLine.parse(List.of("admin", "create", "--username", "root", "extra")))
                .isInstanceOf(AdminCommandLine.UsageException.class).hasMessageContaining("unexpected argument extra");
        assertThatThrownBy(() -> AdminCommandLine.parse(List.of("admin", "create", "--username", "root", "--force")))
                .isInstanceOf(AdminCommandLine.UsageException.class).hasMessageContaining("unexpected argument --force");
    }
}
