/**
 * Verifying the hub's audit ledger (审计账本) without trusting the hub: RFC 9162 Merkle tree hashing with SM3 or
 * SHA-256 ({@link io.jingchu.client.ledger.TreeHash}), inclusion and consistency proofs
 * ({@link io.jingchu.client.ledger.ProofVerifier}, built by {@link io.jingchu.client.ledger.ProofBuilder} from
 * stored complete subtrees), C2SP checkpoints and signed notes with SM2 and Ed25519 signatures
 * ({@link io.jingchu.client.ledger.CheckpointVerifier}), the canonical JSON of entries and the content hash of
 * dataset versions. No Spring and no network: the hub uses the same code to build its tree. Every refusal is a
 * {@link io.jingchu.client.ledger.LedgerVerificationException} with a {@link io.jingchu.client.ledger.VerificationFailure}.
 */
package io.jingchu.client.ledger;
