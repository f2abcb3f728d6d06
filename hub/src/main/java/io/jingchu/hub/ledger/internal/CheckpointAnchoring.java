package io.jingchu.hub.ledger.internal;

import io.jingchu.hub.ledger.CheckpointAnchor;
import io.jingchu.hub.ledger.SignedCheckpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the latest signed checkpoint to every anchor when one is due (the interval has passed or the tree has
 * grown by {@code every-entries} since the anchor's last one), retries failed ones with a doubling wait, and keeps
 * the receipts. A checkpoint is sent to an anchor only by the instance that claimed its receipt row; a tree size
 * already handed to an anchor is never claimed again, only retried until anchored or superseded.
 */
class CheckpointAnchoring {

    private static final Logger log = LoggerFactory.getLogger(CheckpointAnchoring.class);

    /** A sending older than this is taken to be lost with its instance and is tried again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int MAX_RECEIPT = 8000;

    private final List<CheckpointAnchor> anchors;
    private final AnchorReceiptStore receipts;
    private final TreeStateStore state;
    private final String origin;
    private final AnchorSettings settings;
    private final Clock clock;

    CheckpointAnchoring(List<CheckpointAnchor> anchors, AnchorReceiptStore receipts, TreeStateStore state,
            String origin, AnchorSettings settings, Clock clock) {
        this.anchors = List.copyOf(anchors);
        this.receipts = receipts;
        this.state = state;
        this.origin = origin;
        this.settings = settings;
        this.clock = clock;
    }

    List<CheckpointAnchor> anchors() {
        return anchors;
    }

    /** One round: retries what is due for a retry, then anchors the latest checkpoint where it is due. */
    void round() {
        Optional<SignedCheckpoint> latest = state.latestCheckpoint().filter(c -> c.treeSize() > 0);
        for (CheckpointAnchor anchor : anchors) {
            retry(anchor);
            if (latest.isPresent() && due(anchor, latest.get())
                    && receipts.claim(anchor.name(), anchor.kind(), latest.get(), clock.instant())) {
                send(anchor, latest.get(), 1);
            }
        }
    }

    private boolean due(CheckpointAnchor anchor, SignedCheckpoint checkpoint) {
        return receipts.latest(anchor.name()).map(last -> checkpoint.treeSize() > last.treeSize()
                && (checkpoint.treeSize() - last.treeSize() >= settings.everyEntries()
                        || !clock.instant().isBefore(last.createdAt().plus(settings.interval()))))
                .orElse(true);
    }

    private void retry(CheckpointAnchor anchor) {
        Instant now = clock.instant();
        for (AnchorReceiptStore.Retry retry : receipts.retriable(anchor.name(), now, now.minus(ABANDONED_AFTER))) {
            Optional<SignedCheckpoint> checkpoint = state.checkpoint(retry.treeSize());
            if (checkpoint.isPresent() && receipts.reclaim(anchor.name(), retry, now)) {
                send(anchor, checkpoint.get(), retry.attempts() + 1);
            }
        }
    }

    private void send(CheckpointAnchor anchor, SignedCheckpoint checkpoint, int attempt) {
        String receipt;
        try {
            receipt = anchor.anchor(origin, checkpoint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(anchor, checkpoint, attempt, "interrupted");
            return;
        } catch (Exception e) {
            // whatever an anchor throws means "not anchored": kept as the receipt's error and retried later
            log.warn("could not anchor checkpoint {} to {} (attempt {})", checkpoint.treeSize(), anchor.name(),
                    attempt, e);
            // a refused connection has no message of its own: its class says what happened
            fail(anchor, checkpoint, attempt, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (receipt == null || receipt.isBlank() || receipt.length() > MAX_RECEIPT) {
            fail(anchor, checkpoint, attempt, "the anchor answered with " + (receipt == null || receipt.isBlank()
                    ? "an empty receipt" : "a receipt of " + receipt.length() + " characters, more than 8000"));
            return;
        }
        receipts.anchored(anchor.name(), checkpoint.treeSize(), receipt, clock.instant());
        log.debug("anchored checkpoint {} to {}", checkpoint.treeSize(), anchor.name());
    }

    private void fail(CheckpointAnchor anchor, SignedCheckpoint checkpoint, int attempt, String error) {
        receipts.failed(anchor.name(), checkpoint.treeSize(), error, clock.instant().plus(backoff(attempt)));
    }

    /** The wait after the given failed attempt: the setting, doubled at each further failure, at most an hour. */
    Duration backoff(int attempt) {
        Duration wait = settings.retryBackoff();
        for (int i = 1; i < attempt && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
