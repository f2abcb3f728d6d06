package io.jingchu.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.client.Json;
import io.jingchu.client.testing.LoadJobDocument;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

    @Test
    void readsScoreCountsSamplesAndFindings() {
        ReportSummary summary = ReportSummary.of(LoadJobDocument.aReport());

        assertThat(summary.qualityScore()).isEqualTo(96.5);
        assertThat(summary.typeErrors()).isEqualTo(3);
        assertThat(summary.typeErrorSamples()).containsExactly(new ReportSummary.Sample(17L, "capital", "十万"));
        assertThat(summary.duplicateKeys()).isEqualTo(1);
        assertThat(summary.personal()).containsExactly(new ReportSummary.PersonalFinding("remark", "MOBILE", 2L));
    }

    @Test
    void countsMayBeNumbersOrListsAndFindingsKeyedByField() {
        ReportSummary summary = ReportSummary.of(Json.MAPPER.readTree("""
                {"quality": {"score": 80},
                 "typeErrors": [{"line": 3, "column": "date", "value": 20250101}, {"line": 9, "column": "date"}],
                 "duplicateKeys": 4,
                 "pii": {"remark": {"RESIDENT_ID": 2, "BANK_CARD": 1}}}"""));

        assertThat(summary.qualityScore()).isEqualTo(80.0);
        assertThat(summary.typeErrors()).isEqualTo(2);
        assertThat(summary.typeErrorSamples()).containsExactly(new ReportSummary.Sample(3L, "date", "20250101"),
                new ReportSummary.Sample(9L, "date", null));
        assertThat(summary.duplicateKeys()).isEqualTo(4);
        assertThat(summary.personal()).containsExactly(new ReportSummary.PersonalFinding("remark", "RESIDENT_ID", 2L),
                new ReportSummary.PersonalFinding("remark", "BANK_CARD", 1L));
    }

    @Test
    void typeErrorsAreSummedOverTheColumnsWhenNotCountedAtTheTop() {
        ReportSummary summary = ReportSummary.of(Json.MAPPER.readTree("""
                {"columns": [{"name": "a", "typeErrors": 2}, {"name": "b", "typeErrors": {"count": 5}}]}"""));

        assertThat(summary.typeErrors()).isEqualTo(7);
        assertThat(summary.qualityScore()).isNull();
        assertThat(summary.duplicateKeys()).isNull();
        assertThat(summary.personal()).isEmpty();
    }
}
