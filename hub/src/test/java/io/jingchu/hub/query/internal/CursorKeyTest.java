package io.jingchu.hub.query.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each installation has its own cursor key, kept across restarts; a configured secret overrides it. */
class CursorKeyTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartMakesAKeyThatLaterStartsRead() throws Exception {
        Path file = dir.resolve("keys").resolve("cursor.key");
        byte[] first = CursorKey.of("", file);
        byte[] again = CursorKey.of("", file);

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(CursorKey.of("", dir.resolve("other").resolve("cursor.key"))).isNotEqualTo(first);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aConfiguredSecretWinsAndWritesNothing() {
        Path file = dir.resolve("keys").resolve("cursor.key");
        assertThat(CursorKey.of("shared by every instance", file))
                .isEqualTo("shared by every instance".getBytes(StandardCharsets.UTF_8));
        assertThat(file).doesNotExist();
    }
}
