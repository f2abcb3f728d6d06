package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.VerificationFailure.BAD_SIGNATURE;
import static io.jingchu.client.ledger.VerificationFailure.NO_KNOWN_SIGNATURE;
import static io.jingchu.client.ledger.VerificationFailure.ORIGIN_MISMATCH;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Checks a signed checkpoint of one log, knowing only its origin and its public keys, as C2SP signed-note asks:
 * signatures by unknown keys are ignored, a signature by a known key that does not verify rejects the note, and
 * at least one known key must have signed.
 */
public final class CheckpointVerifier {

    private final String origin;
    private final List<VerifierKey> keys;

    public CheckpointVerifier(String origin, List<VerifierKey> keys) {
        this.origin = Objects.requireNonNull(origin);
        this.keys = List.copyOf(keys);
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException("a verifier needs at least one key");
        }
    }

    /** The checkpoint of this signed note; throws {@link LedgerVerificationException} saying what failed. */
    public Checkpoint verify(String signedNote) {
        SignedNote note = SignedNote.parse(signedNote);
        byte[] message = note.text().getBytes(StandardCharsets.UTF_8);
        int verified = 0;
        for (NoteSignature signature : note.signatures()) {
            for (VerifierKey key : keys) {
                if (key.name().equals(signature.keyName()) && key.keyId() == signature.keyId()) {
                    if (!key.verifies(message, signature.signature())) {
                        throw new LedgerVerificationException(BAD_SIGNATURE, "the " + key.type() + " signature of "
                                + key.name() + " (key " + VerifierKey.hex(key.keyId())
                                + ") does not verify: the checkpoint or its signature was changed");
                    }
                    verified++;
                }
            }
        }
        if (verified == 0) {
            throw new LedgerVerificationException(NO_KNOWN_SIGNATURE, "none of the " + note.signatures().size()
                    + " signatures is by a known key (" + keys.stream().map(k -> k.name() + " "
                    + VerifierKey.hex(k.keyId())).toList() + ")");
        }
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        if (!checkpoint.origin().equals(origin)) {
            throw new LedgerVerificationException(ORIGIN_MISMATCH, "the checkpoint is of log \"" + checkpoint.origin()
                    + "\", not of \"" + origin + "\"");
        }
        return checkpoint;
    }
}
