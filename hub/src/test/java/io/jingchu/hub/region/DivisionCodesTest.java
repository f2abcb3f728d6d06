package io.jingchu.hub.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodesTest {

    @ParameterizedTest
    @CsvSource({
            "42, 420000000000",
            "4205, 420500000000",
            "420506, 420506000000",
            "420506100, 420506100000",
            "420506100001, 420506100001"})
    void shortCodesArePaddedToTwelveDigits(String shortCode, String padded) {
        assertThat(DivisionCodes.pad(shortCode)).isEqualTo(padded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "42", "42050000000", "4205000000000", "42050000000x", "000000000000", "４２０５００００００００"})
    void malformedCodesAreInvalid(String code) {
        assertThat(DivisionCodes.isValid(code)).isFalse();
    }

    @Test
    void nullIsInvalid() {
        assertThat(DivisionCodes.isValid(null)).isFalse();
    }

    @Test
    void requireValidRefusesWithTheDivisionCodeField() {
        assertThatThrownBy(() -> DivisionCodes.requireValid("4205"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FIELD_INVALID);
                    assertThat(e.field()).isEqualTo("divisionCode");
                });
    }

    @Test
    void requireValidReturnsAValidCode() {
        assertThat(DivisionCodes.requireValid("420500000000")).isEqualTo("420500000000");
    }

    @ParameterizedTest
    @CsvSource({
            "420000000000, 42",
            "420500000000, 4205",
            "420506000000, 420506",
            "420506100000, 420506100",
            "420506100201, 420506100201"})
    void prefixIsTheSignificantPartSharedByEverythingBelow(String code, String prefix) {
        assertThat(DivisionCodes.prefix(code)).isEqualTo(prefix);
    }
}
