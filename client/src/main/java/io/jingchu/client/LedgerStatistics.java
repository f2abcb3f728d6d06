package io.jingchu.client;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * "一本账" figures for a division and everything below it, or for the whole ledger. Map keys are the hub's
 * constant names (or organization ids); the maps keep the hub's order.
 *
 * @param divisionCode the division rolled up, null for the whole ledger
 * @param byChildDivision each division directly below, with everything under it counted
 * @param json the whole answer as received
 */
public record LedgerStatistics(
        String divisionCode,
        long total,
        Map<String, Long> byLevel,
        Map<String, Long> byTheme,
        Map<String, Long> byGrade,
        Map<String, Long> bySharing,
        Map<String, Long> byOpening,
        Map<String, Long> byState,
        Map<String, Long> byOrganization,
        List<DivisionCount> byChildDivision,
        long highQuality,
        @JacksonInject(value = Json.SOURCE, useInput = OptBoolean.FALSE) JsonNode json) {

    public LedgerStatistics {
        byLevel = orEmpty(byLevel);
        byTheme = orEmpty(byTheme);
        byGrade = orEmpty(byGrade);
        bySharing = orEmpty(bySharing);
        byOpening = orEmpty(byOpening);
        byState = orEmpty(byState);
        byOrganization = orEmpty(byOrganization);
        byChildDivision = byChildDivision == null ? List.of() : List.copyOf(byChildDivision);
    }

    /** A division's count with everything below it. */
    public record DivisionCount(String code, String name, long count) {
    }

    private static Map<String, Long> orEmpty(Map<String, Long> counts) {
        return counts == null ? Map.of() : counts;
    }
}
