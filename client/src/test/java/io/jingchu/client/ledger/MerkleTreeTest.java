package io.jingchu.client.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roots and proofs against the Certificate Transparency test vectors (SHA-256), and SM3 trees built both ways. */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The eight leaves of the RFC 6962 reference tests. */
    static final List<byte[]> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex).toList();

    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final TreeHash sha256 = TreeHash.sha256();
    private final ProofVerifier verifier = new ProofVerifier(sha256);

    @Test
    void rootsAreTheReferenceRootsForEverySizeUpToEight() {
        MemoryTree tree = new MemoryTree(sha256);
        assertThat(HEX.formatHex(tree.root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int size = 1; size <= 8; size++) {
            tree.append(LEAVES.get(size - 1));
            assertThat(HEX.formatHex(tree.root())).as("size %d", size).isEqualTo(ROOTS.get(size - 1));
            assertThat(HEX.formatHex(MemoryTree.of(sha256, LEAVES.subList(0, size)).proofs().root(size)))
                    .isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void everyEarlierRootIsStillDerivableFromTheLargerTree() {
        ProofBuilder proofs = MemoryTree.of(sha256, LEAVES).proofs();
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(proofs.root(size))).isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void inclusionProofsAreTheReferencePaths() {
        ProofBuilder proofs = MemoryTree.of(sha256, LEAVES).proofs();
        assertThat(hex(proofs.inclusion(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(proofs.inclusion(5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void consistencyProofsAreTheReferenceProofs() {
        ProofBuilder proofs = MemoryTree.of(sha256, LEAVES).proofs();
        assertThat(hex(proofs.consistency(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(proofs.consistency(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(proofs.consistency(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void everyProofOfEveryTreeUpToFortyVerifiesWithSm3() {
        TreeHash sm3 = TreeHash.sm3();
        ProofVerifier sm3Verifier = new ProofVerifier(sm3);
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(("entry " + i).getBytes());
        }
        MemoryTree tree = new MemoryTree(sm3);
        // grown in uneven batches, as the hub's sequencer does
        for (int i = 0; i < entries.size(); i += 1 + i % 5) {
            int end = Math.min(entries.size(), i + 1 + i % 5);
            tree.appendLeafHashes(entries.subList(i, end).stream().map(sm3::leaf).toList());
        }
        ProofBuilder proofs = tree.proofs();
        for (int size = 1; size <= 40; size++) {
            byte[] root = proofs.root(size);
            assertThat(root).isEqualTo(recursiveRoot(sm3, entries.subList(0, size)));
            for (int index = 0; index < size; index++) {
                sm3Verifier.verifyInclusion(sm3.leaf(entries.get(index)), index, size, proofs.inclusion(index, size),
                        root);
            }
            for (int first = 0; first <= size; first++) {
                sm3Verifier.verifyConsistency(first, size, proofs.root(first), root, proofs.consistency(first, size));
            }
        }
    }

    @Test
    void aProofOfOneLeafDoesNotProveAnother() {
        MemoryTree tree = MemoryTree.of(sha256, LEAVES);
        List<byte[]> proof = tree.proofs().inclusion(3, 8);
        assertThatThrownBy(() -> verifier.verifyInclusion(sha256.leaf(LEAVES.get(4)), 3, 8, proof, tree.root()))
                .isInstanceOf(LedgerVerificationException.class)
                .extracting(e -> ((LedgerVerificationException) e).failure())
                .isEqualTo(VerificationFailure.ROOT_MISMATCH);
        assertThatThrownBy(() -> verifier.verifyInclusion(sha256.leaf(LEAVES.get(3)), 2, 8, proof, tree.root()))
                .extracting(e -> ((LedgerVerificationException) e).failure())
                .isEqualTo(VerificationFailure.ROOT_MISMATCH);
    }

    @Test
    void proofsOutsideTheTreeAreRefusedByTheBuilder() {
        ProofBuilder proofs = MemoryTree.of(sha256, LEAVES).proofs();
        assertThatThrownBy(() -> proofs.inclusion(8, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> proofs.consistency(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    /** MTH as RFC 9162 defines it, recursively, to check the stored-subtree arithmetic against. */
    private static byte[] recursiveRoot(TreeHash hash, List<byte[]> entries) {
        if (entries.size() == 1) {
            return hash.leaf(entries.get(0));
        }
        int k = Integer.highestOneBit(entries.size() - 1);
        return hash.node(recursiveRoot(hash, entries.subList(0, k)),
                recursiveRoot(hash, entries.subList(k, entries.size())));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
