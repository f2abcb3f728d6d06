package io.jingchu.client.ledger;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/** RFC 9162 tree hashing with SHA-256, as in Certificate Transparency and C2SP tlog-tiles. */
final class Sha256TreeHash extends DigestTreeHash {

    @Override
    public String name() {
        return "sha256";
    }

    @Override
    Digest digest() {
        return SHA256Digest.newInstance();
    }
}
