package io.jingchu.hub.ledger;

import java.util.List;

/**
 * What a verifier needs to know of the log beforehand.
 *
 * @param origin the first line of every checkpoint, and the name of the signing keys
 * @param hash the tree hash, {@code sm3} or {@code sha256}
 * @param keys the public keys in the signed-note verifier key form
 * @param treeSize how many entries are in the tree now
 */
public record LedgerInfo(String origin, String hash, List<String> keys, long treeSize) {

    public LedgerInfo {
        keys = List.copyOf(keys);
    }
}
