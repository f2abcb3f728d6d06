package io.jingchu.hub.access.internal;

import io.jingchu.hub.access.UsageSummary;
import java.time.Clock;
import java.time.Instant;

/**
 * Rate limits and daily quotas of the data endpoints, counted in the database ({@link RateWindowStore}) so
 * that several hub instances behind one load balancer enforce one limit together. A refused request is not
 * counted: a client that waits for {@code Retry-After} finds what it was promised.
 */
public class RateLimiter {

    private final RateWindowStore windows;
    private final AccessSettings settings;
    private final Clock clock;

    RateLimiter(RateWindowStore windows, AccessSettings settings, Clock clock) {
        this.windows = windows;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the limits are applied at all. */
    public boolean enabled() {
        return settings.rateLimiting();
    }

    /** Counts one request against the key and says whether it may go on. */
    public RateDecision hit(RateKey key) {
        Instant now = clock.instant();
        long second = now.getEpochSecond();
        RateWindows current = RateWindows.at(now, settings.zone());
        RateWindowStore.Counts counts = windows.hit(key.subject(), current.minute(), current.day());
        RateDecision decision = RateDecision.decide(limits(key), current, counts.minute(), counts.day(), second);
        if (!decision.allowed()) {
            windows.unhit(key.subject(), current.minute(), current.day());
        }
        return decision;
    }

    /** Today's quota of this key, without counting anything. */
    public UsageSummary.Quota dailyQuota(RateKey key) {
        Instant now = clock.instant();
        RateWindows current = RateWindows.at(now, settings.zone());
        long limit = limits(key).perDay();
        long used = windows.read(key.subject(), current.minute(), current.day()).day();
        return new UsageSummary.Quota(limit, used, Math.max(0, limit - used),
                Instant.ofEpochSecond(current.day().end()));
    }

    /** Deletes the counters of finished windows. */
    int purge() {
        return windows.purge(clock.instant().getEpochSecond());
    }

    private RateLimits limits(RateKey key) {
        return key.anonymous() ? settings.anonymous() : settings.signedIn();
    }
}
