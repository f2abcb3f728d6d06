package io.jingchu.hub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.common.ErrorCode;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RateDecisionTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final RateLimits LIMITS = new RateLimits(60, 1000);
    /** 10:00:15 in Shanghai: 45 s left in the minute, 14 h left in the day. */
    static final Instant NOW = Instant.parse("2026-03-01T02:00:15Z");
    static final RateWindows WINDOWS = RateWindows.at(NOW, SHANGHAI);
    static final long SECOND = NOW.getEpochSecond();

    @Test
    void minutesAlignOnTheEpochAndDaysOnLocalMidnight() {
        assertThat(WINDOWS.minute().start()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z").getEpochSecond());
        assertThat(WINDOWS.minute().end()).isEqualTo(Instant.parse("2026-03-01T02:01:00Z").getEpochSecond());
        assertThat(WINDOWS.day().start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z").getEpochSecond());
        assertThat(WINDOWS.day().end()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z").getEpochSecond());
    }

    @Test
    void theDayChangesAtMidnightInTheHubsZoneNotInUtc() {
        RateWindows beforeMidnight = RateWindows.at(Instant.parse("2026-03-01T15:59:59Z"), SHANGHAI);
        RateWindows afterMidnight = RateWindows.at(Instant.parse("2026-03-01T16:00:00Z"), SHANGHAI);
        assertThat(afterMidnight.day().start()).isEqualTo(beforeMidnight.day().end());
        assertThat(RateWindows.at(Instant.parse("2026-03-01T00:00:00Z"), SHANGHAI).day())
                .isEqualTo(beforeMidnight.day());
    }

    @Test
    void withinBothLimitsTheMinuteIsReported() {
        RateDecision decision = RateDecision.decide(LIMITS, WINDOWS, 1, 1, SECOND);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision).isEqualTo(new RateDecision(null, 60, 59, 45));
    }

    @Test
    void theDayIsReportedOnceItIsNearerToRunningOut() {
        RateDecision decision = RateDecision.decide(LIMITS, WINDOWS, 1, 990, SECOND);
        assertThat(decision).isEqualTo(new RateDecision(null, 1000, 10, 14 * 3600 - 15));
    }

    @Test
    void theLastRequestOfAMinuteStillPasses() {
        assertThat(RateDecision.decide(LIMITS, WINDOWS, 60, 60, SECOND))
                .isEqualTo(new RateDecision(null, 60, 0, 45));
    }

    @Test
    void oneMoreInTheMinuteIsRateLimitedUntilTheMinuteEnds() {
        assertThat(RateDecision.decide(LIMITS, WINDOWS, 61, 61, SECOND))
                .isEqualTo(new RateDecision(ErrorCode.RATE_LIMITED, 60, 0, 45));
    }

    @Test
    void oneMoreInTheDayExceedsTheQuotaUntilMidnight() {
        assertThat(RateDecision.decide(LIMITS, WINDOWS, 1, 1001, SECOND))
                .isEqualTo(new RateDecision(ErrorCode.QUOTA_EXCEEDED, 1000, 0, 14 * 3600 - 15));
    }

    @Test
    void theQuotaOutranksTheMinuteWhenBothAreUsedUp() {
        assertThat(RateDecision.decide(LIMITS, WINDOWS, 61, 1001, SECOND).refusal())
                .isEqualTo(ErrorCode.QUOTA_EXCEEDED);
    }

    @Test
    void aClientIsNeverToldToRetryInZeroSeconds() {
        long lastSecond = WINDOWS.minute().end() - 1;
        assertThat(RateDecision.decide(LIMITS, WINDOWS, 61, 61, lastSecond).reset()).isEqualTo(1);
    }

    @Test
    void keysOfTokensUsersAndAddressesNeverCollideAndOnlyAddressesAreAnonymous() {
        assertThat(RateKey.token(42).subject()).isNotEqualTo(RateKey.user(42).subject());
        assertThat(RateKey.user(42).subject()).isNotEqualTo(RateKey.address("42").subject());
        assertThat(RateKey.address("203.0.113.9").anonymous()).isTrue();
        assertThat(RateKey.token(42).anonymous()).isFalse();
        assertThat(RateKey.user(42).anonymous()).isFalse();
        assertThat(RateKey.address("x".repeat(500)).subject()).hasSizeLessThanOrEqualTo(100);
    }
}
