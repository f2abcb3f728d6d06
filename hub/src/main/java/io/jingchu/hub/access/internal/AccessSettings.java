package io.jingchu.hub.access.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of data access ({@code jingchu.access.*}); the defaults suit a public open-data portal. Limits
 * count requests to the data endpoints only (rows, exports, version downloads, the CKAN DataStore actions)
 * in fixed windows of one minute and one day, per API token, per user when signed in otherwise, and per
 * client address for anonymous requests.
 *
 * @param rateLimiting whether the limits are applied at all (off for benchmarks and closed deployments)
 * @param anonymousPerMinute requests per minute from one address without credentials
 * @param anonymousPerDay requests per day from one address without credentials
 * @param signedInPerMinute requests per minute per API token, or per user signed in by password or session
 * @param signedInPerDay requests per day per API token, or per user signed in by password or session
 * @param zone where a day begins and ends, for daily quotas and usage per day
 * @param purgeInterval how often counters of finished windows and records past retention are deleted
 * @param recordRetention how long records of data access are kept (three years by default; the law on network
 *        security asks for at least six months of logs)
 */
@ConfigurationProperties("jingchu.access")
public record AccessSettings(
        @DefaultValue("true") boolean rateLimiting,
        @DefaultValue("60") long anonymousPerMinute,
        @DefaultValue("10000") long anonymousPerDay,
        @DefaultValue("600") long signedInPerMinute,
        @DefaultValue("100000") long signedInPerDay,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("10m") Duration purgeInterval,
        @DefaultValue("1095d") Duration recordRetention) {

    public AccessSettings {
        if (anonymousPerMinute < 1 || anonymousPerDay < 1 || signedInPerMinute < 1 || signedInPerDay < 1) {
            throw new IllegalArgumentException("every limit must allow at least one request");
        }
        if (purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("purgeInterval must be positive");
        }
        if (recordRetention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("recordRetention must be at least a day");
        }
    }

    /** The defaults, for use without Spring (tests, benchmarks). */
    public static AccessSettings defaults() {
        return new AccessSettings(true, 60, 10_000, 600, 100_000, ZoneId.of("Asia/Shanghai"), Duration.ofMinutes(10),
                Duration.ofDays(1095));
    }

    RateLimits anonymous() {
        return new RateLimits(anonymousPerMinute, anonymousPerDay);
    }

    RateLimits signedIn() {
        return new RateLimits(signedInPerMinute, signedInPerDay);
    }
}
