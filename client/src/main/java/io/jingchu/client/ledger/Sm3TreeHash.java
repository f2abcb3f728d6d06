package io.jingchu.client.ledger;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/** RFC 9162 tree hashing with SM3 (GB/T 32905-2016), the ledger's default. */
final class Sm3TreeHash extends DigestTreeHash {

    @Override
    public String name() {
        return "sm3";
    }

    @Override
    Digest digest() {
        return new SM3Digest();
    }
}
