package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.VerificationFailure.KEY_MALFORMED;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A public key that verifies a signed note, in the signed-note verifier key text form
 * {@code <name>+<hex key ID>+<base64(type identifier || public key)>}. The key ID is the first four bytes of
 * SHA-256(name || 0x0A || type identifier || public key).
 */
public record VerifierKey(String name, int keyId, SignatureType type, byte[] publicKey) {

    public VerifierKey {
        checkName(name);
        Objects.requireNonNull(type, "type");
        publicKey = publicKey.clone();
        type.checkPublicKey(publicKey);
        if (keyId != keyId(name, type, publicKey)) {
            throw new LedgerVerificationException(KEY_MALFORMED, "key ID " + hex(keyId)
                    + " is not the one of key " + name + " (" + hex(keyId(name, type, publicKey)) + ")");
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The key text. */
    public String text() {
        return name + "+" + hex(keyId) + "+"
                + Base64.getEncoder().encodeToString(SignatureType.concat(type.identifier(), publicKey));
    }

    /** Reads a key text; refuses anything else with {@link VerificationFailure#KEY_MALFORMED}. */
    public static VerifierKey parse(String text) {
        // the base64 key may hold plus signs itself; the name and the key ID never do
        String[] parts = text.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw malformed("a verifier key is <name>+<hex key ID>+<base64 key>, this one has " + parts.length
                    + " parts");
        }
        try {
            int keyId = parseKeyId(parts[1]);
            byte[] typeAndKey = Base64.getDecoder().decode(parts[2]);
            SignatureType type = SignatureType.startingWith(typeAndKey);
            byte[] key = Arrays.copyOfRange(typeAndKey, type.identifier().length, typeAndKey.length);
            return new VerifierKey(parts[0], keyId, type, key);
        } catch (IllegalArgumentException e) {
            throw malformed("verifier key " + parts[0] + ": " + e.getMessage());
        }
    }

    /** Whether this key signed the message with this signature. */
    public boolean verifies(byte[] message, byte[] signature) {
        try {
            return type.verify(publicKey, message, signature);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    static int keyId(String name, SignatureType type, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0x0a);
            sha256.update(type.identifier());
            sha256.update(publicKey);
            byte[] digest = sha256.digest();
            return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8)
                    | (digest[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int parseKeyId(String hex) {
        if (!hex.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("the key ID \"" + hex + "\" is not 8 lowercase hex digits");
        }
        return (int) Long.parseLong(hex, 16);
    }

    static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    /** Key names are non-empty and have no spaces and no plus signs (C2SP signed-note). */
    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '+')) {
            throw malformed("key name \"" + name + "\" is empty or has a space or a plus sign");
        }
    }

    private static LedgerVerificationException malformed(String why) {
        return new LedgerVerificationException(KEY_MALFORMED, why);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey that && name.equals(that.name) && keyId == that.keyId
                && type == that.type && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId, type, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        return text();
    }
}
