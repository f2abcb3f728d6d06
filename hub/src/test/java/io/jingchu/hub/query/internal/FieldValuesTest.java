package io.jingchu.hub.query.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    @Test
    void textBecomesAValueOfTheType() {
        assertThat(FieldValues.parse(FieldType.INTEGER, " -12 ")).contains(-12L);
        assertThat(FieldValues.parse(FieldType.DECIMAL, "100.500")).contains(new BigDecimal("100.5"));
        assertThat(FieldValues.parse(FieldType.DECIMAL, "1e3")).contains(new BigDecimal("1000"));
        assertThat(FieldValues.parse(FieldType.BOOLEAN, "TRUE")).contains(true);
        assertThat(FieldValues.parse(FieldType.BOOLEAN, "0")).contains(false);
        assertThat(FieldValues.parse(FieldType.DATE, "2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(FieldValues.parse(FieldType.TIMESTAMP, "2024-02-29")).contains(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(FieldValues.parse(FieldType.TIMESTAMP, "2024-02-29T08:05:09.25"))
                .contains(LocalDateTime.of(2024, 2, 29, 8, 5, 9, 250_000_000));
        assertThat(FieldValues.parse(FieldType.TIMESTAMP, "2024-02-29 08:05")).contains(LocalDateTime.of(2024, 2, 29,
                8, 5));
        assertThat(FieldValues.parse(FieldType.STRING, " 原样 ")).contains(" 原样 ");
    }

    @Test
    void textThatIsNotAValueIsRefused() {
        for (String decimal : new String[] {"", "abc", "1,5", "1.2.3", "NaN", "Infinity", "0x10", "1e999",
                "0.00000000001", "1".repeat(30)}) {
            assertThat(FieldValues.parse(FieldType.DECIMAL, decimal)).as(decimal).isEqualTo(Optional.empty());
        }
        assertThat(FieldValues.parse(FieldType.INTEGER, "1.0")).isEmpty();
        assertThat(FieldValues.parse(FieldType.INTEGER, "１２")).as("full-width digits").isEmpty();
        assertThat(FieldValues.parse(FieldType.DATE, "2023-02-29")).isEmpty();
        assertThat(FieldValues.parse(FieldType.DATE, "20230101")).isEmpty();
        assertThat(FieldValues.parse(FieldType.TIMESTAMP, "2024-01-01T25:00")).isEmpty();
        assertThat(FieldValues.parse(FieldType.BOOLEAN, "是")).isEmpty();
    }
}
