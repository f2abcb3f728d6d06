package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.VerificationFailure.KEY_MALFORMED;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A private key that signs notes, in the text form {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type
 * identifier || private key)>} (the signed-note signer key form). The private key is the Ed25519 seed (32 bytes)
 * or the SM2 scalar (32 bytes, big-endian). Whoever holds this text can sign for the log: keep it in a file only
 * its owner can read, never in a database.
 */
public final class SignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final SignatureType type;
    private final byte[] privateKey;
    private final VerifierKey verifierKey;

    private SignerKey(String name, SignatureType type, byte[] privateKey) {
        VerifierKey.checkName(name);
        this.name = name;
        this.type = Objects.requireNonNull(type);
        type.checkPrivateKey(privateKey);
        this.privateKey = privateKey.clone();
        byte[] publicKey = type.publicKey(this.privateKey);
        this.verifierKey = new VerifierKey(name, VerifierKey.keyId(name, type, publicKey), type, publicKey);
    }

    /** A new key of this type under this name. */
    public static SignerKey generate(String name, SignatureType type, SecureRandom random) {
        return new SignerKey(name, type, type.generatePrivateKey(random));
    }

    /** Reads a key text; refuses anything else with {@link VerificationFailure#KEY_MALFORMED}. */
    public static SignerKey parse(String text) {
        String stripped = text.strip();
        if (!stripped.startsWith(PREFIX)) {
            throw new LedgerVerificationException(KEY_MALFORMED, "a signer key starts with " + PREFIX);
        }
        String[] parts = stripped.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new LedgerVerificationException(KEY_MALFORMED,
                    "a signer key is " + PREFIX + "<name>+<hex key ID>+<base64 key>");
        }
        try {
            int keyId = VerifierKey.parseKeyId(parts[1]);
            byte[] typeAndKey = Base64.getDecoder().decode(parts[2]);
            SignatureType type = SignatureType.startingWith(typeAndKey);
            SignerKey key = new SignerKey(parts[0], type,
                    Arrays.copyOfRange(typeAndKey, type.identifier().length, typeAndKey.length));
            if (key.verifierKey.keyId() != keyId) {
                throw new IllegalArgumentException("the key ID " + parts[1] + " does not match the key");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new LedgerVerificationException(KEY_MALFORMED, "signer key " + parts[0] + ": " + e.getMessage());
        }
    }

    /** The key text; secret. */
    public String text() {
        return PREFIX + name + "+" + VerifierKey.hex(verifierKey.keyId()) + "+"
                + Base64.getEncoder().encodeToString(SignatureType.concat(type.identifier(), privateKey));
    }

    public String name() {
        return name;
    }

    public SignatureType type() {
        return type;
    }

    /** The public half, to publish. */
    public VerifierKey verifierKey() {
        return verifierKey;
    }

    /** The signature line of a note text: its signature, with the key ID in front. */
    public NoteSignature sign(String noteText) {
        byte[] signature = type.sign(privateKey, noteText.getBytes(StandardCharsets.UTF_8));
        return new NoteSignature(name, verifierKey.keyId(), signature);
    }

    @Override
    public String toString() {
        return "SignerKey[" + verifierKey.text() + "]";
    }
}
