package io.jingchu.hub.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.testing.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two hub instances, each with its own connection to the one database, enforce one limit together: every
 * request counts in the same row, whichever instance served it.
 */
class RateLimitSharingIT extends IntegrationTest {

    /** 3 a minute and 5 a day, for anonymous and signed-in callers alike. */
    static final AccessSettings SMALL = new AccessSettings(true, 3, 5, 3, 5, ZoneId.of("Asia/Shanghai"),
            Duration.ofMinutes(10), Duration.ofDays(1095));

    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    final List<SingleConnectionDataSource> connections = new ArrayList<>();
    final MovableClock clock = new MovableClock(Instant.parse("2030-06-01T02:00:10Z"));
    RateLimiter first;
    RateLimiter second;
    RateKey key;

    /** A limiter as one hub instance has it: its own connection to the shared database. */
    RateLimiter instance(AccessSettings settings) {
        var connection = new SingleConnectionDataSource(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""), true);
        connections.add(connection);
        return new RateLimiter(new RateWindowStore(JdbcClient.create(connection)), settings, clock);
    }

    @BeforeEach
    void twoInstances() {
        first = instance(SMALL);
        second = instance(SMALL);
        key = RateKey.address("shared-" + UUID.randomUUID());
    }

    @AfterEach
    void disconnect() {
        connections.forEach(SingleConnectionDataSource::destroy);
    }

    long rows(RateKey of) {
        return jdbc.sql("SELECT COUNT(*) FROM rate_window WHERE limit_key = ?").param(of.subject())
                .query(Long.class).single();
    }

    @Test
    void requestsServedByEitherInstanceCountTowardsOneLimit() {
        assertThat(first.hit(key).remaining()).isEqualTo(2);
        assertThat(second.hit(key).remaining()).isEqualTo(1);
        assertThat(first.hit(key).remaining()).isEqualTo(0);

        RateDecision refused = second.hit(key);

        assertThat(refused.refusal()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refused.reset()).isEqualTo(50);
        assertThat(first.hit(key).refusal()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(rows(key)).as("one shared counter row").isEqualTo(1);
        assertThat(first.dailyQuota(key).used()).as("refused requests are not counted").isEqualTo(3);
        assertThat(second.dailyQuota(key).used()).isEqualTo(3);
    }

    @Test
    void aNewMinuteStartsAfreshButTheDaysQuotaGoesOn() {
        first.hit(key);
        second.hit(key);
        first.hit(key);
        clock.advance(Duration.ofMinutes(1));

        assertThat(second.hit(key).allowed()).isTrue();
        RateDecision last = first.hit(key);
        assertThat(last.allowed()).isTrue();
        assertThat(last.limit()).as("the day is nearer to running out now").isEqualTo(5);
        assertThat(last.remaining()).isZero();

        RateDecision refused = second.hit(key);

        assertThat(refused.refusal()).isEqualTo(ErrorCode.QUOTA_EXCEEDED);
        // 10:01:10 in Shanghai: until midnight
        assertThat(refused.reset()).isEqualTo(Duration.ofHours(14).minusMinutes(1).minusSeconds(10).toSeconds());
        clock.advance(Duration.ofDays(1));
        assertThat(first.hit(key).allowed()).as("a new day, a new quota").isTrue();
    }

    @Test
    void concurrentRequestsOnFourInstancesLoseNoCount() throws Exception {
        AccessSettings roomy = new AccessSettings(true, 1_000, 1_000, 1_000, 1_000, SMALL.zone(),
                Duration.ofMinutes(10), Duration.ofDays(1095));
        List<RateLimiter> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(instance(roomy));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (RateLimiter instance : instances) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        assertThat(instance.hit(key).allowed()).isTrue();
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(first.dailyQuota(key).used()).isEqualTo(100);
        assertThat(jdbc.sql("SELECT minute_hits FROM rate_window WHERE limit_key = ?").param(key.subject())
                .query(Long.class).single()).isEqualTo(100);
    }

    @Test
    void keysIdleSinceBeforeTodayArePurgedAndTodaysKept() {
        first.hit(key);
        clock.advance(Duration.ofDays(1));
        RateKey today = RateKey.address("shared-" + UUID.randomUUID());
        second.hit(today);

        first.purge();

        assertThat(rows(key)).as("yesterday's").isZero();
        assertThat(rows(today)).isEqualTo(1);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
