package io.jingchu.hub.ledger;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the ledger.
 *
 * @param entry the canonical JSON exactly as hashed: its UTF-8 bytes are the leaf's input
 * @param leafHash {@code H(0x00 || entry)}
 */
public record LedgerEntry(long index, String type, Instant recordedAt, @Nullable String resourceCode,
        byte[] leafHash, String entry) {
}
