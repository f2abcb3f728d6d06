package io.jingchu.hub.ingest.internal.pii;

import java.util.List;
import java.util.Objects;

/**
 * What a column holds of one kind of personal information.
 *
 * @param matches how many of the scanned values are of this kind
 * @param share {@code matches} over the non-empty values scanned, 0–1
 * @param maskedSamples up to three distinct examples, masked: an unmasked value never leaves the scanner
 */
public record PersonalInformationFinding(PersonalInformationKind kind, long matches, double share, List<String> maskedSamples) {

    public PersonalInformationFinding {
        Objects.requireNonNull(kind, "kind");
        maskedSamples = List.copyOf(maskedSamples);
    }
}
