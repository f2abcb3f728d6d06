package io.jingchu.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RowSelectionTest {

    @Test
    void aFilterIsSentAsFieldOperatorValue() {
        assertThat(RowSelection.condition("population=gte:1000")).isEqualTo("population:gte:1000");
        assertThat(RowSelection.condition("name=like:%区")).isEqualTo("name:like:%区");
        assertThat(RowSelection.condition("level=in:CITY,COUNTY")).isEqualTo("level:in:CITY,COUNTY");
        assertThat(RowSelection.condition("remark=is_null:")).isEqualTo("remark:is_null:");
    }

    @Test
    void withoutAnOperatorAFilterMeansEquality() {
        assertThat(RowSelection.condition("name=西陵区")).isEqualTo("name:eq:西陵区");
        assertThat(RowSelection.condition("opens=08:30")).isEqualTo("opens:eq:08:30");
        assertThat(RowSelection.condition("note=a=b")).isEqualTo("note:eq:a=b");
    }

    @Test
    void theHubsOwnSpellingPassesThrough() {
        assertThat(RowSelection.condition("population:gte:1000")).isEqualTo("population:gte:1000");
    }

    @Test
    void aFilterWithoutAFieldIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RowSelection.condition("=eq:1"));
        assertThatIllegalArgumentException().isThrownBy(() -> RowSelection.condition("population"));
        assertThatIllegalArgumentException().isThrownBy(() -> RowSelection.condition("population:1000"));
    }
}
