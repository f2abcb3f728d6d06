package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.VerificationFailure.FIRST_ROOT_MISMATCH;
import static io.jingchu.client.ledger.VerificationFailure.INDEX_OUT_OF_RANGE;
import static io.jingchu.client.ledger.VerificationFailure.PROOF_MALFORMED;
import static io.jingchu.client.ledger.VerificationFailure.ROOT_MISMATCH;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Verifies inclusion and consistency proofs with the algorithms of RFC 9162, sections 2.1.3.2 and 2.1.4.2.
 * Each method returns normally or throws a {@link LedgerVerificationException} naming what failed.
 */
public final class ProofVerifier {

    private final TreeHash hash;

    public ProofVerifier(TreeHash hash) {
        this.hash = Objects.requireNonNull(hash);
    }

    /** That the leaf of this hash is at {@code index} of the tree of {@code size} leaves and this root. */
    public void verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            throw new LedgerVerificationException(INDEX_OUT_OF_RANGE,
                    "leaf index " + index + " is not in a tree of size " + size);
        }
        checkLengths(proof);
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new LedgerVerificationException(PROOF_MALFORMED, "the inclusion proof has " + proof.size()
                        + " hashes, more than a tree of size " + size + " needs for leaf " + index);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new LedgerVerificationException(PROOF_MALFORMED, "the inclusion proof has " + proof.size()
                    + " hashes, fewer than a tree of size " + size + " needs for leaf " + index);
        }
        if (!MessageDigest.isEqual(r, root)) {
            throw new LedgerVerificationException(ROOT_MISMATCH, "the inclusion proof of leaf " + index
                    + " leads to root " + hex(r) + ", not to the tree's root " + hex(root));
        }
    }

    /** That the tree of {@code second} leaves and root {@code secondRoot} extends the earlier one unchanged. */
    public void verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || second < first) {
            throw new LedgerVerificationException(PROOF_MALFORMED,
                    "no consistency proof goes from size " + first + " to size " + second);
        }
        checkLengths(proof);
        if (first == second || first == 0) {
            if (!proof.isEmpty()) {
                throw new LedgerVerificationException(PROOF_MALFORMED, "a consistency proof from size " + first
                        + " to " + second + " is empty, this one has " + proof.size() + " hashes");
            }
            if (first == second && !MessageDigest.isEqual(firstRoot, secondRoot)) {
                throw new LedgerVerificationException(FIRST_ROOT_MISMATCH, "two trees of size " + first
                        + " have different roots " + hex(firstRoot) + " and " + hex(secondRoot));
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new LedgerVerificationException(PROOF_MALFORMED,
                    "the consistency proof from size " + first + " to " + second + " is empty");
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new LedgerVerificationException(PROOF_MALFORMED, "the consistency proof from size " + first
                        + " to " + second + " has more hashes than it needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hash.node(c, fr);
                sr = hash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new LedgerVerificationException(PROOF_MALFORMED, "the consistency proof from size " + first
                    + " to " + second + " has fewer hashes than it needs");
        }
        if (!MessageDigest.isEqual(fr, firstRoot)) {
            throw new LedgerVerificationException(FIRST_ROOT_MISMATCH, "the consistency proof does not reproduce "
                    + "the earlier root " + hex(firstRoot) + " of size " + first + " (it gives " + hex(fr)
                    + "): the log's history differs from the one seen before");
        }
        if (!MessageDigest.isEqual(sr, secondRoot)) {
            throw new LedgerVerificationException(ROOT_MISMATCH, "the consistency proof leads from the earlier root "
                    + "to " + hex(sr) + ", not to the later root " + hex(secondRoot) + " of size " + second
                    + ": the later tree does not extend the earlier one (history was rewritten) or the proof is wrong");
        }
    }

    private void checkLengths(List<byte[]> proof) {
        for (int i = 0; i < proof.size(); i++) {
            if (proof.get(i).length != hash.length()) {
                throw new LedgerVerificationException(PROOF_MALFORMED, "hash " + i + " of the proof has "
                        + proof.get(i).length + " bytes, not " + hash.length());
            }
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
