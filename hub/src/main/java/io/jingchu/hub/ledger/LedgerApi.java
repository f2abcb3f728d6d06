package io.jingchu.hub.ledger;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading the audit ledger: its signed checkpoints, its entries and the proofs a verifier needs. Appending is
 * not here: the ledger records the events other modules publish, in their transactions.
 */
public interface LedgerApi {

    /** Which log this is, its tree hash and its public keys. */
    LedgerInfo info();

    /** The latest signed checkpoint. */
    SignedCheckpoint latestCheckpoint();

    /** The entry at this index; {@code LEDGER_ENTRY_NOT_FOUND} past the tree's end. */
    LedgerEntry entry(long index);

    /** A resource's entries in index order. */
    List<LedgerEntry> entriesOf(String resourceCode, int offset, int limit);

    /**
     * The inclusion proof of the entry at this index in the tree of {@code treeSize} leaves (the latest
     * checkpoint's when null).
     */
    InclusionProof inclusion(long index, @Nullable Long treeSize);

    /**
     * The inclusion proof of the first entry with this hash: a content hash as recorded ({@code sha256:…}), or a
     * leaf hash in hex.
     */
    InclusionProof inclusionByHash(String hash, @Nullable Long treeSize);

    /** The consistency proof between two tree sizes; the second defaults to the latest checkpoint's. */
    ConsistencyProof consistency(long first, @Nullable Long second);

    /**
     * A tile or entry bundle of the C2SP tlog-tiles layout, by its path below the log's prefix
     * ({@code tile/0/x001/234}, {@code tile/entries/000.p/7}): {@code FIELD_INVALID} for another form,
     * {@code LEDGER_TILE_NOT_FOUND} for a tile the tree has not filled that far.
     */
    byte[] tile(String path);

    /** The anchors' receipts, the latest checkpoints first. */
    List<AnchorReceipt> anchorReceipts(int offset, int limit);

    /** The receipts of the checkpoint of this tree size, with its signed note. */
    List<AnchorReceipt> anchorReceipts(long treeSize);
}
