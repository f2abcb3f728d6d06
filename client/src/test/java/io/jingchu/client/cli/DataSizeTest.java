package io.jingchu.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DataSizeTest {

    @Test
    void sizesAreReadAndShownInBinaryUnits() {
        assertThat(DataSize.parse("8MiB")).isEqualTo(8L * 1024 * 1024);
        assertThat(DataSize.parse("8m")).isEqualTo(8L * 1024 * 1024);
        assertThat(DataSize.parse("512 KiB")).isEqualTo(512L * 1024);
        assertThat(DataSize.parse("1.5G")).isEqualTo(3L * 512 * 1024 * 1024);
        assertThat(DataSize.parse("4096")).isEqualTo(4096);
        assertThatIllegalArgumentException().isThrownBy(() -> DataSize.parse("8 apples"));
        assertThatIllegalArgumentException().isThrownBy(() -> DataSize.parse("0"));
        assertThat(DataSize.format(512)).isEqualTo("512 B");
        assertThat(DataSize.format(8L * 1024 * 1024)).isEqualTo("8.0 MiB");
        assertThat(DataSize.format(1536L * 1024 * 1024)).isEqualTo("1.5 GiB");
    }
}
