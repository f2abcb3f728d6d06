package io.jingchu.hub.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.jingchu.hub.access.AccessHttpTest;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.Callers;
import io.jingchu.hub.testing.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rate limits and daily quotas on the data endpoints, through the whole filter chain. Each test comes from
 * its own client address, so that the counters of other tests in the shared context never interfere. The
 * data controllers themselves need not exist: the limits apply before any of them runs.
 */
class RateLimitIT extends AccessHttpTest {

    private static final AtomicLong ADDRESSES = new AtomicLong(System.nanoTime() & 0xffff_ffffL);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ROWS = "/api/v1/resources/420500-000001/rows";

    /** An address no other request has come from. */
    static String newAddress() {
        return "2001:db8::" + Long.toHexString(ADDRESSES.incrementAndGet());
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcTestResult anonymous(String uri, String address) {
        return mvc.get().uri(uri).with(from(address)).exchange();
    }

    static long header(MvcTestResult result, String name) {
        String value = result.getResponse().getHeader(name);
        assertThat(value).as(name).isNotNull();
        return Long.parseLong(value);
    }

    long dayCount(String subject) {
        return jdbc.sql("SELECT COALESCE(SUM(day_hits), 0) FROM rate_window WHERE limit_key = ?").param(subject)
                .query(Long.class).single();
    }

    @Test
    void everyAnswerOfADataEndpointSaysWhatIsLeft() {
        String address = newAddress();
        List<Long> remaining = new ArrayList<>();
        for (String uri : new String[] {ROWS, "/api/v1/resources/420500-000001/export.csv",
                "/api/v1/resources/420500-000001/versions/1/download", "/api/3/action/datastore_search",
                "/api/3/action/datastore_search_sql"}) {
            MvcTestResult result = anonymous(uri, address);
            assertThat(result.getResponse().getStatus()).as(uri).isNotEqualTo(429);
            assertThat(header(result, RateLimitFilter.LIMIT)).as(uri).isEqualTo(60);
            assertThat(header(result, RateLimitFilter.RESET)).as(uri).isBetween(1L, 60L);
            remaining.add(header(result, RateLimitFilter.REMAINING));
        }
        assertThat(remaining.get(0)).isEqualTo(59);
        // one less each time, unless the minute turned in between (once at most)
        long steps = java.util.stream.IntStream.range(1, remaining.size())
                .filter(i -> remaining.get(i) != remaining.get(i - 1) - 1).count();
        assertThat(steps).as("remaining %s", remaining).isLessThanOrEqualTo(1);
        assertThat(dayCount("address:" + address)).isEqualTo(5);
    }

    @Test
    void metadataIsNotCounted() {
        String address = newAddress();
        MvcTestResult search = anonymous("/api/v1/resources", address);
        assertThat(search).hasStatusOk();
        assertThat(search.getResponse().getHeader(RateLimitFilter.LIMIT)).isNull();
        assertThat(dayCount("address:" + address)).isZero();
    }

    @Test
    void anAnonymousAddressIsRateLimitedAfterSixtyRequestsInAMinute() {
        String address = newAddress();
        MvcTestResult previous = null;
        MvcTestResult limited = null;
        int passed = 0;
        // at most two minutes' worth: the minute may turn while the loop runs
        for (int i = 0; i < 122 && limited == null; i++) {
            MvcTestResult result = anonymous(ROWS, address);
            if (result.getResponse().getStatus() == 429) {
                limited = result;
            } else {
                passed++;
                previous = result;
            }
        }

        assertThat(limited).as("a request over the limit").isNotNull();
        assertThat(header(previous, RateLimitFilter.REMAINING)).as("the last one let through").isZero();
        assertRefused(limited, 429, "RATE_LIMITED", null);
        long retryAfter = header(limited, HttpHeaders.RETRY_AFTER);
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(header(limited, RateLimitFilter.LIMIT)).isEqualTo(60);
        assertThat(header(limited, RateLimitFilter.REMAINING)).isZero();
        assertThat(header(limited, RateLimitFilter.RESET)).isEqualTo(retryAfter);
        assertThat(limited).bodyJson().extractingPath("$.detail").asString().contains(" " + retryAfter + " ");
        assertThat(dayCount("address:" + address)).as("refused requests are not counted").isEqualTo(passed);
        assertThat(anonymous(ROWS, newAddress()).getResponse().getStatus()).as("another address has its own count")
                .isNotEqualTo(429);
    }

    @Test
    void theDailyQuotaIsWhatTheDatabaseHolds() {
        String address = newAddress();
        // as if other hub instances had served this address all day, today being a day in Shanghai
        LocalDate today = LocalDate.now(SHANGHAI);
        long start = today.atStartOfDay(SHANGHAI).toEpochSecond();
        long end = today.plusDays(1).atStartOfDay(SHANGHAI).toEpochSecond();
        jdbc.sql("""
                INSERT INTO rate_window (limit_key, minute_start, minute_hits, day_start, day_end, day_hits)
                VALUES (?, 0, 0, ?, ?, 10000)""")
                .params("address:" + address, start, end).update();

        MvcTestResult refused = mvc.get().uri(ROWS).with(from(address)).header("Accept-Language", "en").exchange();

        assertRefused(refused, 429, "QUOTA_EXCEEDED", null);
        long untilMidnight = Duration.between(Instant.now(), Instant.ofEpochSecond(end)).toSeconds();
        assertThat(header(refused, HttpHeaders.RETRY_AFTER)).isBetween(untilMidnight - 5, untilMidnight + 5);
        assertThat(header(refused, RateLimitFilter.LIMIT)).isEqualTo(10_000);
        assertThat(header(refused, RateLimitFilter.REMAINING)).isZero();
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().startsWith("Today's quota is used up");
        assertThat(dayCount("address:" + address)).isEqualTo(10_000);
    }

    @Test
    void signedInCallersCountPerTokenOrElsePerUserUnderTheirOwnLimits() {
        Caller user = accounts.consumer();
        String first = accounts.token(user);
        String second = accounts.token(user);
        String address = newAddress();

        MvcTestResult withFirst = mvc.get().uri(ROWS).with(from(address))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + first).exchange();
        assertThat(header(withFirst, RateLimitFilter.LIMIT)).isEqualTo(600);
        assertThat(header(withFirst, RateLimitFilter.REMAINING)).isEqualTo(599);
        assertThat(header(mvc.get().uri(ROWS).with(from(address)).header(HttpHeaders.AUTHORIZATION, "Bearer " + first)
                .exchange(), RateLimitFilter.REMAINING)).isEqualTo(598);
        assertThat(header(mvc.get().uri(ROWS).with(from(address)).header(HttpHeaders.AUTHORIZATION, "Bearer " + second)
                .exchange(), RateLimitFilter.REMAINING)).as("another token").isEqualTo(599);
        assertThat(header(mvc.get().uri(ROWS).with(from(address)).with(httpBasic(user.username(),
                TestAccounts.PASSWORD)).exchange(), RateLimitFilter.REMAINING)).as("a password").isEqualTo(599);
        assertThat(header(mvc.get().uri(ROWS).with(from(address)).with(Callers.as(user)).exchange(),
                RateLimitFilter.REMAINING)).as("a session counts with the password").isEqualTo(598);
        assertThat(dayCount("address:" + address)).as("nothing counted against the address").isZero();
    }

    @Test
    void aBadTokenIsRefusedBeforeAnythingIsCounted() {
        String address = newAddress();
        MvcTestResult refused = mvc.get().uri(ROWS).with(from(address))
                .header(HttpHeaders.AUTHORIZATION, "Bearer jct_" + "x".repeat(43)).exchange();
        assertRefused(refused, 401, "TOKEN_INVALID", null);
        assertThat(dayCount("address:" + address)).isZero();
    }
}
