package io.jingchu.hub.access.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The two fixed windows a request at a given moment counts in: its minute (aligned on the epoch) and its
 * day (midnight to midnight in the hub's zone). Bounds are epoch seconds, start inclusive, end exclusive.
 */
record RateWindows(Window minute, Window day) {

    record Window(long start, long end) {

        /** Whole seconds from {@code now} until the window ends, at least one. */
        long secondsLeft(long now) {
            return Math.max(1, end - now);
        }
    }

    static RateWindows at(Instant now, ZoneId zone) {
        long second = now.getEpochSecond();
        long minuteStart = Math.floorDiv(second, 60) * 60;
        ZonedDateTime midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        return new RateWindows(new Window(minuteStart, minuteStart + 60),
                new Window(midnight.toEpochSecond(), midnight.plusDays(1).toEpochSecond()));
    }
}
