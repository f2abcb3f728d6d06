package io.jingchu.hub.ingest.internal.pii;

import java.util.List;
import java.util.Optional;

/**
 * 个人信息识别结果 for one column: how many non-empty values were scanned and, for each kind of personal
 * information found among them, a {@link PersonalInformationFinding}. Kinds not found are absent.
 */
public record PersonalInformationReport(long values, List<PersonalInformationFinding> findings) {

    public PersonalInformationReport {
        findings = List.copyOf(findings);
    }

    public Optional<PersonalInformationFinding> finding(PersonalInformationKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).findFirst();
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }
}
