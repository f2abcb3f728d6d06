package io.jingchu.client.ledger;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each change to an entry, a proof or a root is caught, and the refusal says which check failed. */
class ProofTamperingTest {

    private final TreeHash sm3 = TreeHash.sm3();
    private final ProofVerifier verifier = new ProofVerifier(sm3);
    private final MemoryTree tree = new MemoryTree(sm3);

    ProofTamperingTest() {
        for (int i = 0; i < 13; i++) {
            tree.append(("entry " + i).getBytes());
        }
    }

    @Test
    void anUntouchedProofVerifies() {
        assertThatCode(() -> verifier.verifyInclusion(leaf(6), 6, 13, tree.proofs().inclusion(6, 13), tree.root()))
                .doesNotThrowAnyException();
    }

    @Test
    void aChangedEntryIsCaught() {
        byte[] changed = sm3.leaf("entry 6 ".getBytes());
        assertFails(() -> verifier.verifyInclusion(changed, 6, 13, tree.proofs().inclusion(6, 13), tree.root()),
                VerificationFailure.ROOT_MISMATCH);
    }

    @Test
    void aFlippedBitInTheProofIsCaught() {
        List<byte[]> proof = new ArrayList<>(tree.proofs().inclusion(6, 13));
        byte[] changed = proof.get(1).clone();
        changed[7] ^= 0x10;
        proof.set(1, changed);
        assertFails(() -> verifier.verifyInclusion(leaf(6), 6, 13, proof, tree.root()),
                VerificationFailure.ROOT_MISMATCH);
    }

    @Test
    void aShortenedOrLengthenedProofIsCaught() {
        List<byte[]> proof = tree.proofs().inclusion(6, 13);
        assertFails(() -> verifier.verifyInclusion(leaf(6), 6, 13, proof.subList(0, proof.size() - 1), tree.root()),
                VerificationFailure.PROOF_MALFORMED);
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(sm3.empty());
        assertFails(() -> verifier.verifyInclusion(leaf(6), 6, 13, longer, tree.root()),
                VerificationFailure.PROOF_MALFORMED);
        assertFails(() -> verifier.verifyInclusion(leaf(6), 6, 13, List.of(new byte[31]), tree.root()),
                VerificationFailure.PROOF_MALFORMED);
    }

    @Test
    void anIndexOutsideTheTreeIsCaught() {
        assertFails(() -> verifier.verifyInclusion(leaf(6), 13, 13, List.of(), tree.root()),
                VerificationFailure.INDEX_OUT_OF_RANGE);
    }

    @Test
    void rewrittenHistoryFailsTheConsistencyProof() {
        MemoryTree rewritten = new MemoryTree(sm3);
        for (int i = 0; i < 13; i++) {
            rewritten.append((i == 3 ? "entry 3, rewritten" : "entry " + i).getBytes());
        }
        byte[] earlierRoot = tree.proofs().root(7);
        // the log now serves the rewritten tree and proves it consistent with what it is now
        assertFails(() -> verifier.verifyConsistency(7, 13, earlierRoot, rewritten.root(),
                rewritten.proofs().consistency(7, 13)), VerificationFailure.FIRST_ROOT_MISMATCH);
    }

    @Test
    void aConsistencyProofForAnotherLaterTreeIsCaught() {
        MemoryTree longer = new MemoryTree(sm3);
        for (int i = 0; i < 14; i++) {
            longer.append(("entry " + i).getBytes());
        }
        assertFails(() -> verifier.verifyConsistency(7, 13, tree.proofs().root(7), tree.root(),
                longer.proofs().consistency(7, 14)), VerificationFailure.ROOT_MISMATCH);
        assertFails(() -> verifier.verifyConsistency(7, 13, tree.proofs().root(7), longer.root(),
                tree.proofs().consistency(7, 13)), VerificationFailure.ROOT_MISMATCH);
    }

    @Test
    void equalSizesNeedEqualRoots() {
        assertFails(() -> verifier.verifyConsistency(13, 13, tree.root(), tree.proofs().root(12), List.of()),
                VerificationFailure.FIRST_ROOT_MISMATCH);
        assertFails(() -> verifier.verifyConsistency(9, 8, tree.root(), tree.root(), List.of()),
                VerificationFailure.PROOF_MALFORMED);
    }

    private byte[] leaf(int i) {
        return sm3.leaf(("entry " + i).getBytes());
    }

    static void assertFails(ThrowingCallable check, VerificationFailure failure) {
        assertThatThrownBy(check).isInstanceOf(LedgerVerificationException.class)
                .extracting(e -> ((LedgerVerificationException) e).failure()).isEqualTo(failure);
    }
}
