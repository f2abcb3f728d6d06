package io.jingchu.hub.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A user's own use of the data API, for the developer centre: data reads per day and what is left of today's
 * quota.
 *
 * @param days one entry per day, oldest first, today last, days without reads included with zero
 * @param quota today's quota of the credentials the summary was asked with (the API token, or the user)
 */
public record UsageSummary(List<DailyCalls> days, Quota quota) {

    public UsageSummary {
        days = List.copyOf(days);
    }

    /** Data reads recorded on one day (in the hub's time zone). */
    public record DailyCalls(LocalDate day, long calls) {
    }

    /**
     * The daily quota of one set of credentials.
     *
     * @param limit requests allowed per day
     * @param used requests counted today
     * @param remaining what is left, never below zero
     * @param resetsAt when the count starts again
     */
    public record Quota(long limit, long used, long remaining, Instant resetsAt) {
    }
}
