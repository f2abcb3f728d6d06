/**
 * 审计账本: the verifiable audit ledger. Every significant change (a resource's lifecycle, a published dataset
 * version and its content hash, applications for conditionally open data, every data access) is appended as a
 * canonical JSON entry in the same transaction as the change; a sequencer adds the entries to an RFC 9162 Merkle
 * tree (SM3 by default, SHA-256 optionally) and signs C2SP checkpoints with SM2 and/or Ed25519. Third parties
 * verify with the client library ({@code io.jingchu.client.ledger}). Signed checkpoints are anchored to directories,
 * HTTP endpoints and {@link io.jingchu.hub.ledger.CheckpointAnchor} beans (a blockchain adapter), and their receipts
 * kept. Exposes {@link io.jingchu.hub.ledger.LedgerApi}, its records and the anchor interface; owns the
 * {@code ledger_*} tables and the signing keys' files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger",
        allowedDependencies = {"catalog", "ingest", "access"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.ledger;
