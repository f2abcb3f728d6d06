package io.jingchu.client.ledger;

import java.util.Locale;

/**
 * The hash of an RFC 9162 Merkle tree: a leaf is {@code H(0x00 || entry)}, an interior node
 * {@code H(0x01 || left || right)}, the empty tree {@code H()}. Two are known: SM3 (GB/T 32905, the default of
 * the hub's ledger) and SHA-256 (what RFC 9162 and C2SP tlog-tiles name).
 */
public interface TreeHash {

    /** {@code sm3} or {@code sha256}, as written in settings and in a log's origin line. */
    String name();

    /** Length of a hash in bytes (32 for both). */
    int length();

    byte[] leaf(byte[] entry);

    byte[] node(byte[] left, byte[] right);

    /** The root of the tree of no leaves: the hash of the empty string. */
    byte[] empty();

    static TreeHash sm3() {
        return new Sm3TreeHash();
    }

    static TreeHash sha256() {
        return new Sha256TreeHash();
    }

    /** The hash of this name, in any case; an unknown name is a programming or settings error. */
    static TreeHash named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sm3" -> sm3();
            case "sha256", "sha-256" -> sha256();
            default -> throw new IllegalArgumentException("unknown tree hash " + name + " (known: sm3, sha256)");
        };
    }
}
