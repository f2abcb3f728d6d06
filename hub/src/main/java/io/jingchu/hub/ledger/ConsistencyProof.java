package io.jingchu.hub.ledger;

import java.util.List;

/** That the tree of {@code second} leaves extends the tree of {@code first} leaves: the RFC 9162 proof. */
public record ConsistencyProof(long first, long second, List<byte[]> hashes) {

    public ConsistencyProof {
        hashes = List.copyOf(hashes);
    }
}
