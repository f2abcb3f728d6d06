package io.jingchu.hub.ingest.internal.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800001234        | 138****1234",
            "19912345678        | 199****5678",
            "138 0000 1234      | 138****1234",
            "138-0000-1234      | 138****1234",
            "+86 138 0000 1234  | 138****1234",
            "+8613800001234     | 138****1234",
            "86-138-0000-1234   | 138****1234",
            "008613800001234    | 138****1234",
            "  15600001111      | 156****1111"})
    void mainlandMobileNumbersAreValidAndMaskedToTheirElevenDigits(String written, String masked) {
        assertThat(MobileNumbers.isValid(written)).isTrue();
        assertThat(MobileNumbers.mask(written)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12800001234", "10000001234", "23800001234", "1380000123", "138000012345", "138o0001234",
            "+85 13800001234", "+86+13800001234", "13800001234+86", "0716-6221234", "(138)00001234",
            "86138000012", "13800001234.0", ""})
    void otherNumbersAreNot(String written) {
        assertThat(MobileNumbers.isValid(written)).isFalse();
    }

    @Test
    void nullIsNot() {
        assertThat(MobileNumbers.isValid(null)).isFalse();
    }
}
