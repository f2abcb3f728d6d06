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
        assertThat(summary.personal()).containsExactly(new ReportSummary.PersonalFinding("remark", "MOBILE_NUMBER", 2L));
    }

    @Test
    void aReportWithoutFindingsHasNoSamplesAndEmptyCountsStayEmpty() {
        ReportSummary summary = ReportSummary.of(Json.MAPPER.readTree("""
                {"rowsRead": 5, "rowsLoaded": 5, "rowsRejected": 0, "errors": [], "personalInformation": []}"""));

        assertThat(summary.typeErrors()).isZero();
        assertThat(summary.typeErrorSamples()).isEmpty();
        assertThat(summary.qualityScore()).isNull();
        assertThat(summary.duplicateKeys()).isNull();
        assertThat(summary.personal()).isEmpty();
    }
}
