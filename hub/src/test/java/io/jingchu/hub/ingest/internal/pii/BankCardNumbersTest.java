package io.jingchu.hub.ingest.internal.pii;

import static io.jingchu.hub.ingest.internal.pii.PersonalNumbers.card;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"622202123456", "62220212345678", "622202123456789", "621700000000000000", "400000000000000"})
    void numbersWithTheirLuhnDigitAreValid(String payload) {
        String number = card(payload);

        assertThat(BankCardNumbers.isValid(number)).as(number).isTrue();
        assertThat(BankCardNumbers.isValid(PersonalNumbers.withWrongCheck(number))).isFalse();
    }

    @Test
    void everyWrongCheckDigitIsInvalid() {
        String number = card("622202123456789");
        for (char check = '0'; check <= '9'; check++) {
            String candidate = number.substring(0, number.length() - 1) + check;
            assertThat(BankCardNumbers.isValid(candidate)).as(candidate).isEqualTo(candidate.equals(number));
        }
    }

    @Test
    void groupsMayBeSeparatedBySpacesOrDashes() {
        String number = card("622202123456789");
        String spaced = number.replaceAll("(\\d{4})(?=\\d)", "$1 ");

        assertThat(BankCardNumbers.isValid(spaced)).as(spaced).isTrue();
        assertThat(BankCardNumbers.isValid(spaced.replace(' ', '-'))).isTrue();
        assertThat(BankCardNumbers.isValid(" " + number + " ")).isTrue();
        assertThat(BankCardNumbers.isValid(spaced.replace(" ", "  "))).as("double spaces").isFalse();
        assertThat(BankCardNumbers.isValid("-" + number)).isFalse();
        assertThat(BankCardNumbers.isValid(number + "-")).isFalse();
    }

    @Test
    void lengthsOutsideThirteenToNineteenAreInvalid() {
        assertThat(BankCardNumbers.isValid(card("62220212345"))).as("12 digits").isFalse();
        assertThat(BankCardNumbers.isValid(card("6222021234567890123"))).as("20 digits").isFalse();
        assertThat(BankCardNumbers.isValid(card("622202123456"))).as("13 digits").isTrue();
        assertThat(BankCardNumbers.isValid(card("622202123456789012"))).as("19 digits").isTrue();
    }

    @Test
    void noCardNumberStartsWithZero() {
        assertThat(BankCardNumbers.isValid(card("022202123456789"))).isFalse();
        assertThat(BankCardNumbers.isValid("0000000000000000")).isFalse();
    }

    @Test
    void otherCharactersAreInvalid() {
        assertThat(BankCardNumbers.isValid(null)).isFalse();
        assertThat(BankCardNumbers.isValid("")).isFalse();
        assertThat(BankCardNumbers.isValid("6222 0212 3456 789a")).isFalse();
        assertThat(BankCardNumbers.isValid(card("622202123456789") + ".0")).isFalse();
    }

    @Test
    void luhnIsTheStandardMod10() {
        assertThat(BankCardNumbers.passesLuhn("79927398713")).isTrue();
        assertThat(BankCardNumbers.passesLuhn("79927398710")).isFalse();
    }

    @Test
    void maskingShowsTheFirstAndLastFourInGroups() {
        String sixteen = card("622202123456789");
        String nineteen = card("621700000000000000");
        String thirteen = card("622202123456");

        assertThat(BankCardNumbers.mask(sixteen)).isEqualTo("6222 **** **** " + sixteen.substring(12));
        assertThat(BankCardNumbers.mask(nineteen)).isEqualTo("6217 **** **** *** " + nineteen.substring(15));
        assertThat(BankCardNumbers.mask(thirteen)).isEqualTo("6222 **** * " + thirteen.substring(9));
    }
}
