package io.jingchu.hub.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * "一本账" figures for one division and everything below it (or the whole ledger when no division is
 * given): the total and counts by each dimension. Map keys are enum names, organization ids or division
 * codes; labels are looked up by the caller.
 *
 * @param divisionCode the division rolled up, null for the whole ledger
 * @param byChildDivision for each division directly below, the count rolled up from everything under it
 */
public record LedgerStatistics(
        @Nullable String divisionCode,
        long total,
        Map<String, Long> byLevel,
        Map<String, Long> byTheme,
        Map<String, Long> byGrade,
        Map<String, Long> bySharing,
        Map<String, Long> byOpening,
        Map<String, Long> byState,
        Map<String, Long> byOrganization,
        List<DivisionCount> byChildDivision,
        long highQuality) {

    /** A division's rolled-up count. */
    public record DivisionCount(String code, String name, long count) {
    }
}
