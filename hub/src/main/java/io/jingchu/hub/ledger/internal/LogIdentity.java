package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.SignerKey;
import io.jingchu.client.ledger.TreeHash;
import java.util.List;

/** Which log this hub keeps: its origin, its tree hash and the keys that sign its checkpoints. */
record LogIdentity(String origin, TreeHash hash, List<SignerKey> keys) {

    LogIdentity {
        keys = List.copyOf(keys);
    }
}
