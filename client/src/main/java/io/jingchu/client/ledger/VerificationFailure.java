package io.jingchu.client.ledger;

/** What exactly did not verify: the stable reason of a {@link LedgerVerificationException}. */
public enum VerificationFailure {
    /** A proof's leaf index is not inside the tree it claims to prove against. */
    INDEX_OUT_OF_RANGE,
    /** A proof has more or fewer hashes than a tree of that size needs, or sizes out of order. */
    PROOF_MALFORMED,
    /** The proof's hashes do not lead to the expected root. */
    ROOT_MISMATCH,
    /** The earlier tree's root is not reproduced by a consistency proof: history was rewritten. */
    FIRST_ROOT_MISMATCH,
    /** The checkpoint text is not in the C2SP tlog-checkpoint form. */
    CHECKPOINT_MALFORMED,
    /** The checkpoint names another log than the one expected. */
    ORIGIN_MISMATCH,
    /** The note is not in the C2SP signed-note form. */
    NOTE_MALFORMED,
    /** None of the note's signatures is by a key the verifier was given. */
    NO_KNOWN_SIGNATURE,
    /** A signature by a known key does not verify: the text or the signature was changed. */
    BAD_SIGNATURE,
    /** A verifier or signer key text is not in the expected form. */
    KEY_MALFORMED,
    /** A file's or entry's content hash differs from the one recorded in the ledger. */
    CONTENT_HASH_MISMATCH,
    /** A ledger entry is not what it should be (not canonical JSON, another type or another subject). */
    ENTRY_MISMATCH,
    /** A later checkpoint is for a smaller tree than the earlier one. */
    TREE_SHRANK
}
