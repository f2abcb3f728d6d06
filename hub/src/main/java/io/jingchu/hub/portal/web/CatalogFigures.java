package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.ResourceEvent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Figures drawn from the whole public catalog (the home page's counts, charts and newest datasets), kept until the
 * catalog changes instead of being counted again for every visitor. Any {@link ResourceEvent} (registered,
 * changed, published, retired…) drops them once committed; so does a minute passing ({@link #KEPT}), for what
 * the catalog's events do not tell (a new organization).
 *
 * <p>A figure computed while a change commits is not kept: each is stored with the generation of the catalog it
 * began under, and only when no event came meanwhile. Should a visitor ask between this listener and the search
 * index's own (both run once the change has committed), the figure is kept from the index as it was, for a minute
 * at most.
 */
@Component
class CatalogFigures {

    static final Duration KEPT = Duration.ofMinutes(1);

    private record Kept(long generation, long at, Object value) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The figure under this key (the page and its language), kept, or computed now and kept. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long now = System.nanoTime();
        Kept k = kept.get(key);
        if (k != null && k.generation() == generation.get() && now - k.at() < KEPT.toNanos()) {
            return (T) k.value();
        }
        long began = generation.get();
        T value = compute.get();
        if (generation.get() == began) {
            kept.put(key, new Kept(began, now, value));
        }
        return value;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ResourceEvent event) {
        generation.incrementAndGet();
        kept.clear();
    }
}
