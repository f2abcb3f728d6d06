package io.jingchu.hub.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each user's current {@link SessionStamp}, as the session check asks for it on every request of a signed-in
 * browser: one lookup by primary key, kept for at most {@link #KEPT}, so that a page and its scripts and styles cost
 * one lookup rather than one each. A change made through this instance is forgotten here as soon as it commits; one
 * made through another instance sharing the database reaches this instance's sessions within {@code KEPT}. The
 * bound holds because nothing is ever kept longer, counted from before the lookup that read it.
 */
@Component
class SessionStamps {

    /** How long a stamp read is trusted: the most a change made elsewhere may take to reach a session here. */
    static final Duration KEPT = Duration.ofSeconds(2);
    /** Past this many users kept, the stale entries are swept out at the next lookup. */
    private static final int SWEEP_ABOVE = 10_000;

    private final LongFunction<Optional<SessionStamp>> lookup;
    private final LongSupplier nanoTime;
    private final long keptNanos;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(Optional<SessionStamp> stamp, long readAt) {
    }

    @Autowired
    SessionStamps(UserStore users) {
        this(users::stamp, System::nanoTime, KEPT);
    }

    SessionStamps(LongFunction<Optional<SessionStamp>> lookup, LongSupplier nanoTime, Duration kept) {
        this.lookup = lookup;
        this.nanoTime = nanoTime;
        this.keptNanos = kept.toNanos();
    }

    /** The user's stamp, as read at most {@link #KEPT} ago; empty for a user that does not exist. */
    Optional<SessionStamp> current(long userId) {
        Kept known = kept.get(userId);
        if (known != null && nanoTime.getAsLong() - known.readAt() < keptNanos) {
            return known.stamp();
        }
        return fresh(userId);
    }

    /** The user's stamp as the database has it now, kept for the next requests. */
    Optional<SessionStamp> fresh(long userId) {
        long readAt = nanoTime.getAsLong();
        Optional<SessionStamp> stamp = lookup.apply(userId);
        if (kept.size() > SWEEP_ABOVE) {
            kept.values().removeIf(k -> readAt - k.readAt() >= keptNanos);
        }
        kept.put(userId, new Kept(stamp, readAt));
        return stamp;
    }

    /**
     * Forgets the user's stamp once the transaction changing it has ended (at once outside one), so that the
     * change reaches this instance's sessions at their next request.
     */
    void forgetAfterChange(long userId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            kept.remove(userId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                kept.remove(userId);
            }
        });
    }
}
