package io.jingchu.hub.ledger;

import java.time.Instant;

/**
 * A checkpoint as the sequencer signed it.
 *
 * @param note the C2SP signed note: the checkpoint text, a blank line, a signature line per key
 */
public record SignedCheckpoint(long treeSize, byte[] rootHash, String note, Instant signedAt) {
}
