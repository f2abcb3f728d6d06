package io.jingchu.hub.ledger.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs anchoring rounds every {@code jingchu.ledger.anchor.poll-interval} on a thread of its own, so that a slow or
 * unreachable anchor never holds up the sequencer's schedule. Nothing runs when no anchor is configured.
 */
class AnchorSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnchorSchedule.class);

    private final CheckpointAnchoring anchoring;
    private final AnchorSettings settings;
    private @Nullable ScheduledExecutorService executor;

    AnchorSchedule(CheckpointAnchoring anchoring, AnchorSettings settings) {
        this.anchoring = anchoring;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (executor != null || anchoring.anchors().isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-anchoring");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::round, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            anchoring.round();
        } catch (RuntimeException e) {
            // a database hiccup: the next round starts over from the receipts table
            log.warn("the ledger's anchoring round failed; it will run again", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
