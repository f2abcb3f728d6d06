package io.jingchu.hub.access.internal;

import io.jingchu.hub.common.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * What the limits say about one request, with what its {@code RateLimit-*} headers report: the window
 * nearest to running out (the one that refused it, for a refusal).
 *
 * @param refusal {@code RATE_LIMITED} (the minute's limit) or {@code QUOTA_EXCEEDED} (the day's), null when
 *        the request may go on
 * @param limit requests the reported window allows
 * @param remaining requests left in it after this one
 * @param reset seconds until it starts again; for a refusal also the {@code Retry-After}
 */
public record RateDecision(@Nullable ErrorCode refusal, long limit, long remaining, long reset) {

    public boolean allowed() {
        return refusal == null;
    }

    /** Decides from the counts of both windows, this request included. The day's quota outranks the minute. */
    static RateDecision decide(RateLimits limits, RateWindows windows, long minuteHits, long dayHits, long now) {
        if (dayHits > limits.perDay()) {
            return new RateDecision(ErrorCode.QUOTA_EXCEEDED, limits.perDay(), 0, windows.day().secondsLeft(now));
        }
        if (minuteHits > limits.perMinute()) {
            return new RateDecision(ErrorCode.RATE_LIMITED, limits.perMinute(), 0, windows.minute().secondsLeft(now));
        }
        long minuteLeft = limits.perMinute() - minuteHits;
        long dayLeft = limits.perDay() - dayHits;
        return dayLeft < minuteLeft
                ? new RateDecision(null, limits.perDay(), dayLeft, windows.day().secondsLeft(now))
                : new RateDecision(null, limits.perMinute(), minuteLeft, windows.minute().secondsLeft(now));
    }
}
