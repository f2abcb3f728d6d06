package io.jingchu.hub.ingest.internal.pii;

import static io.jingchu.hub.ingest.internal.pii.PersonalNumbers.card;
import static io.jingchu.hub.ingest.internal.pii.PersonalNumbers.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalInformationScannerTest {

    private final PersonalInformationScanner scanner = new PersonalInformationScanner();

    @Test
    void eachKindIsCountedWithItsShareOfTheNonEmptyValues() {
        List<String> column = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            column.add(residentId("420502", "19900101", i));
        }
        column.addAll(Arrays.asList("13800001234", "+86 199 1234 5678", card("622202123456789"),
                "宜昌市西陵区", "N/A", null, "", "   "));

        PersonalInformationReport report = scanner.scan(column);

        assertThat(report.values()).isEqualTo(10);
        PersonalInformationFinding ids = report.finding(PersonalInformationKind.RESIDENT_ID_NUMBER).orElseThrow();
        assertThat(ids.matches()).isEqualTo(5);
        assertThat(ids.share()).isCloseTo(0.5, within(1e-9));
        assertThat(ids.maskedSamples()).containsExactly(
                "420502********" + column.get(0).substring(14),
                "420502********" + column.get(1).substring(14),
                "420502********" + column.get(2).substring(14));
        PersonalInformationFinding mobiles = report.finding(PersonalInformationKind.MOBILE_NUMBER).orElseThrow();
        assertThat(mobiles.matches()).isEqualTo(2);
        assertThat(mobiles.maskedSamples()).containsExactly("138****1234", "199****5678");
        PersonalInformationFinding cards = report.finding(PersonalInformationKind.BANK_CARD_NUMBER).orElseThrow();
        assertThat(cards.matches()).isEqualTo(1);
        assertThat(cards.share()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void noUnmaskedValueEverLeavesTheScanner() {
        List<String> column = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            column.add(residentId("420502", "19900101", i));
            column.add("1380000" + String.format("%04d", i));
            column.add(card("62220212345" + String.format("%04d", i)));
        }

        PersonalInformationReport report = scanner.scan(column);

        assertThat(report.findings()).hasSize(3).allSatisfy(finding -> {
            assertThat(finding.maskedSamples()).hasSize(PersonalInformationScanner.MAX_SAMPLES);
            assertThat(finding.maskedSamples()).allSatisfy(sample -> {
                assertThat(column).doesNotContain(sample);
                assertThat(sample).contains("****").doesNotContainPattern("\\d{7}");
            });
        });
    }

    @Test
    void aValueCountsForTheFirstKindItMatches() {
        // Find an ID number whose digits also pass the Luhn check: it is still only an ID number.
        String both = null;
        for (int sequence = 0; both == null; sequence++) {
            String id = residentId("420502", "19900101", sequence);
            if (BankCardNumbers.isValid(id)) {
                both = id;
            }
        }

        PersonalInformationReport report = scanner.scan(List.of(both));

        assertThat(report.findings()).extracting(PersonalInformationFinding::kind)
                .containsExactly(PersonalInformationKind.RESIDENT_ID_NUMBER);
    }

    @Test
    void repeatedValuesGiveOneSample() {
        PersonalInformationReport report = scanner.scan(List.of("13800001234", "138 0000 1234", "13800001234"));

        PersonalInformationFinding mobiles = report.finding(PersonalInformationKind.MOBILE_NUMBER).orElseThrow();
        assertThat(mobiles.matches()).isEqualTo(3);
        assertThat(mobiles.maskedSamples()).containsExactly("138****1234");
    }

    @Test
    void aColumnWithoutPersonalInformationHasNoFindings() {
        PersonalInformationReport report = scanner.scan(List.of("宜昌市", "42", "2024-01-15", "420500000000"));

        assertThat(report.values()).isEqualTo(4);
        assertThat(report.isEmpty()).isTrue();
    }

    @Test
    void anEmptyColumnHasNoValuesAndNoFindings() {
        PersonalInformationReport report = scanner.scan(Arrays.asList(null, "", " "));

        assertThat(report.values()).isZero();
        assertThat(report.isEmpty()).isTrue();
    }

    @Test
    void aTallyTakesValuesOneAtATime() {
        PersonalInformationScanner.Tally tally = new PersonalInformationScanner.Tally();
        tally.accept("13800001234");
        tally.accept("not a number");

        PersonalInformationReport report = tally.report();

        assertThat(report.values()).isEqualTo(2);
        assertThat(report.finding(PersonalInformationKind.MOBILE_NUMBER).orElseThrow().share()).isEqualTo(0.5);
    }
}
