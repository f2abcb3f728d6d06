package io.jingchu.hub.ledger;

import java.util.List;

/** That {@code entry} is at {@code index} of the tree of {@code treeSize} leaves: the RFC 9162 inclusion path. */
public record InclusionProof(long index, long treeSize, byte[] leafHash, List<byte[]> hashes, LedgerEntry entry) {

    public InclusionProof {
        hashes = List.copyOf(hashes);
    }
}
