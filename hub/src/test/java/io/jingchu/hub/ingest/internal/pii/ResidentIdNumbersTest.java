package io.jingchu.hub.ingest.internal.pii;

import static io.jingchu.hub.ingest.internal.pii.PersonalNumbers.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @ParameterizedTest
    @CsvSource({"420502, 19900101", "110105, 19491231", "650102, 20000229", "810000, 19750615", "420506, 20250601"})
    void numbersWithARealDivisionBirthDateAndCheckAreValid(String division, String birth) {
        for (int sequence : new int[] {0, 1, 123, 999}) {
            assertThat(ResidentIdNumbers.isValid(residentId(division, birth, sequence), TODAY))
                    .as("sequence %d", sequence).isTrue();
        }
    }

    @Test
    void theCheckCharacterMayBeXInEitherCase() {
        String id = PersonalNumbers.residentIdEndingInX("420502", "19851120");

        assertThat(ResidentIdNumbers.isValid(id)).isTrue();
        assertThat(ResidentIdNumbers.isValid(id.toLowerCase())).isTrue();
        assertThat(ResidentIdNumbers.isValid("  " + id + " ")).isTrue();
    }

    @Test
    void everyOtherCheckCharacterIsInvalid() {
        String id = residentId("420502", "19900101", 42);
        for (char check : "0123456789X".toCharArray()) {
            String candidate = id.substring(0, 17) + check;
            assertThat(ResidentIdNumbers.isValid(candidate)).as(candidate).isEqualTo(candidate.equals(id));
        }
    }

    @Test
    void theCheckCharacterFollowsIso7064()  {
        for (int sequence = 0; sequence < 1000; sequence += 7) {
            String id = residentId("420502", "19900101", sequence);
            assertThat(ResidentIdNumbers.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"19900230", "19901301", "19900001", "18991231", "20250602", "30000101", "00000000"})
    void impossibleOrFutureBirthDatesAreInvalid(String birth) {
        assertThat(ResidentIdNumbers.isValid(residentId("420502", birth, 7), TODAY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"990101", "000000", "100101", "720101", "910101"})
    void divisionsOutsideTheCountryAreInvalid(String division) {
        assertThat(ResidentIdNumbers.isValid(residentId(division, "19900101", 7), TODAY)).isFalse();
    }

    @Test
    void otherShapesAreInvalid() {
        String id = residentId("420502", "19900101", 7);

        assertThat(ResidentIdNumbers.isValid(null)).isFalse();
        assertThat(ResidentIdNumbers.isValid("")).isFalse();
        assertThat(ResidentIdNumbers.isValid(id.substring(0, 17))).isFalse();
        assertThat(ResidentIdNumbers.isValid(id + "0")).isFalse();
        assertThat(ResidentIdNumbers.isValid(id.substring(0, 15))).as("old 15-digit numbers").isFalse();
        assertThat(ResidentIdNumbers.isValid("A" + id.substring(1))).isFalse();
        assertThat(ResidentIdNumbers.isValid(id.substring(0, 6) + " " + id.substring(7))).isFalse();
        assertThat(ResidentIdNumbers.isValid("４２" + id.substring(2))).as("full-width digits").isFalse();
    }

    @Test
    void maskingKeepsTheDivisionAndTheLastFour() {
        String id = residentId("420502", "19900101", 123);

        assertThat(ResidentIdNumbers.mask(id)).isEqualTo("420502********" + id.substring(14));
    }

    @Test
    void theCheckCharacterNeedsSeventeenDigits() {
        assertThatThrownBy(() -> ResidentIdNumbers.checkCharacter("12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResidentIdNumbers.checkCharacter("4205021990010112X"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
