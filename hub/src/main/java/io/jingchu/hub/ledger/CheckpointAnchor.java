package io.jingchu.hub.ledger;

/**
 * 锚定: a place outside the hub's database where signed checkpoints are deposited, so that rewriting the log would
 * also mean rewriting what was deposited there: a directory, an HTTP time-stamping or notary endpoint, or a
 * blockchain such as 星火·链网. The hub calls {@link #anchor} with the latest signed checkpoint every
 * {@code jingchu.ledger.anchor.interval} or {@code every-entries} new entries, and keeps the receipt it returns.
 *
 * <p>An implementation registered as a Spring bean is used alongside the anchors configured in settings. The
 * contract:
 * <ul>
 * <li><b>Idempotent by tree size.</b> The hub anchors a given tree size at most once per anchor name, but after a
 * crash, a timeout or a failure it calls again with the same checkpoint. Anchoring a size that is already anchored
 * must succeed and return the receipt of the first deposit (or an equivalent one), not deposit it twice or fail.
 * <li><b>Returns only once the checkpoint is durably deposited.</b> Throwing means "not anchored": the hub records
 * the error and retries at a later round with a growing delay. A call that has not returned after five minutes is
 * considered lost and retried. Calls run on the hub's anchoring thread, never on the sequencer's, so a slow anchor
 * delays other anchors but never the log.
 * <li><b>The receipt</b> (a non-blank text, at most 8,000 characters, JSON recommended) holds what a third party
 * needs to find the deposit again and check it without the hub: for a blockchain, the chain's name, the
 * transaction id (and block height or hash), and how the checkpoint is carried (the whole signed note, or its
 * SM3/SHA-256 digest). A verifier fetches the deposit, compares it with the signed checkpoint of that tree size
 * served by the hub ({@code GET /api/v1/ledger/anchors/{treeSize}}), and checks its signature with the log's
 * public key.
 * </ul>
 * Several hub instances on one database never both anchor the same tree size to the same anchor: the receipt's
 * row is claimed first (unique on anchor name and tree size).
 */
public interface CheckpointAnchor {

    /**
     * The anchor's stable name, unique in the hub ({@code [a-z0-9][a-z0-9-]*}, at most 64 characters); receipts
     * are kept under it, so renaming an anchor starts its receipts afresh.
     */
    String name();

    /** What kind of anchor this is, shown with its receipts ({@code directory}, {@code http}, {@code xinghuo} …). */
    String kind();

    /**
     * Deposits the checkpoint and returns the receipt; throws when it could not be deposited.
     *
     * @param origin the log's origin, first line of the checkpoint
     * @param checkpoint the signed checkpoint; its {@code note} is the C2SP signed note to deposit
     */
    String anchor(String origin, SignedCheckpoint checkpoint) throws Exception;
}
