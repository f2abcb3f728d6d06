package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.ingest.ValidationReport.PersonalFinding;
import io.jingchu.hub.ingest.internal.pii.PersonalInformationFinding;
import io.jingchu.hub.ingest.internal.pii.PersonalInformationKind;
import io.jingchu.hub.ingest.internal.pii.PersonalInformationReport;
import io.jingchu.hub.ingest.internal.pii.PersonalInformationScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Personal information in a field's sampled values, as the report shows it. Resident ID and mobile numbers
 * count from the first match (a phone number in a remarks column is a leak); bank card numbers only when
 * they are a large share, because one random digit string in ten passes the Luhn check.
 */
final class PersonalInformationCheck {

    private static final double BANK_CARD_SHARE = 0.3;

    private final PersonalInformationScanner scanner = new PersonalInformationScanner();

    /** What personal information a field's sampled values hold. */
    List<PersonalFinding> findings(String field, List<String> values) {
        PersonalInformationReport report = scanner.scan(values);
        List<PersonalFinding> out = new ArrayList<>();
        for (PersonalInformationFinding f : report.findings()) {
            if (f.matches() == 0 || (f.kind() == PersonalInformationKind.BANK_CARD_NUMBER && f.share() < BANK_CARD_SHARE)) {
                continue;
            }
            out.add(new PersonalFinding(field, f.kind().name(), f.matches(), report.values(), f.share(),
                    f.maskedSamples()));
        }
        return out;
    }
}
