package io.jingchu.client.ledger;

import org.bouncycastle.crypto.Digest;

/** The RFC 9162 tree hashing over one of Bouncy Castle's digests; a fresh digest per call keeps it thread-safe. */
abstract class DigestTreeHash implements TreeHash {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    abstract Digest digest();

    @Override
    public int length() {
        return digest().getDigestSize();
    }

    @Override
    public byte[] leaf(byte[] entry) {
        Digest digest = digest();
        digest.update(LEAF);
        digest.update(entry, 0, entry.length);
        return finish(digest);
    }

    @Override
    public byte[] node(byte[] left, byte[] right) {
        Digest digest = digest();
        digest.update(NODE);
        digest.update(left, 0, left.length);
        digest.update(right, 0, right.length);
        return finish(digest);
    }

    @Override
    public byte[] empty() {
        return finish(digest());
    }

    private static byte[] finish(Digest digest) {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public String toString() {
        return name();
    }
}
