package io.jingchu.hub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The session stamps' cache: never trusted past its bound, and forgotten here when a change through here ends. */
class SessionStampsTest {

    static final long USER = 42;
    static final Duration KEPT = Duration.ofSeconds(2);

    /** The database as another instance leaves it: the tests change it behind the cache's back. */
    final Map<Long, SessionStamp> database = new HashMap<>();
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final SessionStamps stamps = new SessionStamps(id -> {
        lookups.incrementAndGet();
        return Optional.ofNullable(database.get(id));
    }, nanos::get, KEPT);

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void aStampIsReadOnceAndKeptWithinTheBound() {
        database.put(USER, new SessionStamp(3, 1));

        assertThat(stamps.current(USER)).contains(new SessionStamp(3, 1));
        advance(KEPT.minusMillis(1));
        assertThat(stamps.current(USER)).contains(new SessionStamp(3, 1));

        assertThat(lookups).hasValue(1);
    }

    @Test
    void aChangeMadeElsewhereIsSeenOnceTheBoundHasPassed() {
        database.put(USER, new SessionStamp(3, 1));
        stamps.current(USER);
        database.put(USER, new SessionStamp(4, 2));

        advance(KEPT.minusMillis(1));
        assertThat(stamps.current(USER)).as("still trusted within the bound").contains(new SessionStamp(3, 1));
        advance(Duration.ofMillis(1));
        assertThat(stamps.current(USER)).contains(new SessionStamp(4, 2));
        assertThat(lookups).hasValue(2);
    }

    @Test
    void freshAlwaysAsksTheDatabaseAndKeepsWhatItFound() {
        database.put(USER, new SessionStamp(3, 1));
        stamps.current(USER);
        database.put(USER, new SessionStamp(4, 1));

        assertThat(stamps.fresh(USER)).contains(new SessionStamp(4, 1));
        assertThat(stamps.current(USER)).contains(new SessionStamp(4, 1));
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aUserThatDoesNotExistHasNoStamp() {
        assertThat(stamps.current(USER)).isEmpty();
    }

    @Test
    void aChangeOutsideATransactionIsForgottenAtOnce() {
        database.put(USER, new SessionStamp(3, 1));
        stamps.current(USER);
        database.put(USER, new SessionStamp(4, 1));

        stamps.forgetAfterChange(USER);

        assertThat(stamps.current(USER)).contains(new SessionStamp(4, 1));
    }

    @Test
    void aChangeInATransactionIsForgottenWhenTheTransactionEndsNotBefore() {
        database.put(USER, new SessionStamp(3, 1));
        stamps.current(USER);
        TransactionSynchronizationManager.initSynchronization();

        stamps.forgetAfterChange(USER);
        assertThat(stamps.current(USER)).as("uncommitted").contains(new SessionStamp(3, 1));
        database.put(USER, new SessionStamp(4, 1));
        for (TransactionSynchronization ending : TransactionSynchronizationManager.getSynchronizations()) {
            ending.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        }

        assertThat(stamps.current(USER)).contains(new SessionStamp(4, 1));
    }
}
