package io.jingchu.hub.ingest.internal.pii;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scans a column's values for personal information: resident ID numbers, mobile numbers and bank card
 * numbers, each checked by its own structure and check digit. Null and blank values are not counted.
 * Samples are masked as they are taken, so a report can be stored and shown as it is.
 */
public final class PersonalInformationScanner {

    /** Masked examples kept per kind. */
    public static final int MAX_SAMPLES = 3;

    /** Scans every value. */
    public PersonalInformationReport scan(Iterable<? extends @Nullable String> values) {
        Tally tally = new Tally();
        for (String value : values) {
            tally.accept(value);
        }
        return tally.report();
    }

    /** Scans values one at a time, for a caller that streams them. Not thread-safe. */
    public static final class Tally {

        private long values;
        private final Map<PersonalInformationKind, Long> matches = new EnumMap<>(PersonalInformationKind.class);
        private final Map<PersonalInformationKind, Set<String>> samples = new EnumMap<>(PersonalInformationKind.class);

        public void accept(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            values++;
            for (PersonalInformationKind kind : PersonalInformationKind.values()) {
                if (kind.matches(value)) {
                    matches.merge(kind, 1L, Long::sum);
                    Set<String> kept = samples.computeIfAbsent(kind, k -> new LinkedHashSet<>());
                    if (kept.size() < MAX_SAMPLES) {
                        kept.add(kind.mask(value));
                    }
                    return;
                }
            }
        }

        public PersonalInformationReport report() {
            List<PersonalInformationFinding> findings = new ArrayList<>();
            matches.forEach((kind, count) -> findings.add(new PersonalInformationFinding(
                    kind, count, (double) count / values, List.copyOf(samples.get(kind)))));
            return new PersonalInformationReport(values, findings);
        }
    }
}
