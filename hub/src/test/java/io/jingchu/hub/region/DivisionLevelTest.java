package io.jingchu.hub.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionLevelTest {

    @ParameterizedTest
    @CsvSource({
            "420000000000, PROVINCE",
            "420500000000, CITY",
            "429004000000, COUNTY",
            "420506000000, COUNTY",
            "420506100000, TOWNSHIP",
            "441900003000, TOWNSHIP",
            "420506100201, VILLAGE",
            "110101001001, VILLAGE"})
    void theCodeCarriesItsLevel(String code, DivisionLevel level) {
        assertThat(DivisionLevel.ofCode(code)).isEqualTo(level);
    }

    @Test
    void levelsRunFromProvinceDownWithGrowingPrefixes() {
        assertThat(DivisionLevel.values()).extracting(DivisionLevel::significantDigits).containsExactly(2, 4, 6, 9, 12);
        assertThat(DivisionLevel.values()).extracting(DivisionLevel::label).containsExactly("省级", "市级", "县级", "乡级", "村级");
    }

    @Test
    void aMalformedCodeHasNoLevel() {
        assertThatThrownBy(() -> DivisionLevel.ofCode("42")).isInstanceOf(DomainException.class);
    }
}
