package io.jingchu.hub.ledger;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an anchor answered for one signed checkpoint (a 锚定回执), or why it has not answered yet.
 *
 * @param anchor the anchor's name
 * @param kind its kind ({@code directory}, {@code http}, or what a {@link CheckpointAnchor} bean says)
 * @param treeSize the tree size of the anchored checkpoint
 * @param rootHash its root hash
 * @param state {@code SENDING}, {@code ANCHORED}, {@code FAILED} (to be retried) or {@code SUPERSEDED} (failed,
 *        and a later checkpoint has been anchored since, which proves this one through a consistency proof)
 * @param attempts how many times it was handed to the anchor
 * @param receipt the anchor's receipt once anchored
 * @param lastError why the last attempt failed
 * @param createdAt when the checkpoint was first handed to the anchor
 * @param anchoredAt when the anchor accepted it
 * @param checkpoint the signed checkpoint (C2SP signed note), to compare with what the anchor holds
 */
public record AnchorReceipt(String anchor, String kind, long treeSize, byte[] rootHash, String state, int attempts,
        @Nullable String receipt, @Nullable String lastError, Instant createdAt, @Nullable Instant anchoredAt,
        @Nullable String checkpoint) {
}
