package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.ProofTamperingTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checkpoints signed with SM2 and Ed25519, and every way of tampering with one. */
class CheckpointVerifierTest {

    private static final String ORIGIN = "data.example.gov.cn/ledger/sm3";

    private final SecureRandom random = new SecureRandom();
    private final SignerKey sm2 = SignerKey.generate(ORIGIN, SignatureType.SM2, random);
    private final SignerKey ed25519 = SignerKey.generate(ORIGIN, SignatureType.ED25519, random);
    private final Checkpoint checkpoint = new Checkpoint(ORIGIN, 13, TreeHash.sm3().leaf(new byte[] {1, 2, 3}));

    private String signed(SignerKey... keys) {
        SignedNote note = new SignedNote(checkpoint.text(), List.of());
        for (SignerKey key : keys) {
            note = note.with(key.sign(note.text()));
        }
        return note.format();
    }

    @Test
    void aCheckpointSignedWithBothKeysVerifiesWithEitherKey() {
        String note = signed(sm2, ed25519);
        assertThat(new CheckpointVerifier(ORIGIN, List.of(sm2.verifierKey())).verify(note)).isEqualTo(checkpoint);
        assertThat(new CheckpointVerifier(ORIGIN, List.of(ed25519.verifierKey())).verify(note)).isEqualTo(checkpoint);
    }

    @Test
    void theNoteIsInTheC2spForm() {
        String note = signed(sm2);
        assertThat(note).startsWith(ORIGIN + "\n13\n").contains("\n\n\u2014 " + ORIGIN + " ").endsWith("\n");
        String[] sm2Key = sm2.verifierKey().text().split("\\+", 3);
        assertThat(sm2Key[0]).isEqualTo(ORIGIN);
        assertThat(sm2Key[1]).matches("[0-9a-f]{8}");
        // 0xff "sm2" then the 65-byte uncompressed point
        assertThat(Base64.getDecoder().decode(sm2Key[2])).hasSize(69).startsWith(0xff, 's', 'm', '2', 0x04);
        assertThat(Base64.getDecoder().decode(ed25519.verifierKey().text().split("\\+", 3)[2])).hasSize(33)
                .startsWith(0x01);
    }

    @Test
    void keysSurviveTheirTextForms() {
        assertThat(VerifierKey.parse(sm2.verifierKey().text())).isEqualTo(sm2.verifierKey());
        assertThat(SignerKey.parse(sm2.text()).verifierKey()).isEqualTo(sm2.verifierKey());
        assertThat(SignerKey.parse(ed25519.text()).verifierKey()).isEqualTo(ed25519.verifierKey());
    }

    @Test
    void aChangedTreeSizeOrRootIsCaught() {
        String note = signed(sm2);
        String bigger = note.replaceFirst("\n13\n", "\n14\n");
        assertFails(() -> verifier(sm2).verify(bigger), VerificationFailure.BAD_SIGNATURE);
        String root = checkpoint.text().split("\n")[2];
        char first = root.charAt(0) == 'A' ? 'B' : 'A';
        String otherRoot = note.replace(root, first + root.substring(1));
        assertFails(() -> verifier(sm2).verify(otherRoot), VerificationFailure.BAD_SIGNATURE);
    }

    @Test
    void aChangedSignatureIsCaught() {
        String note = signed(ed25519);
        int at = note.length() - 6;
        String changed = note.substring(0, at) + (note.charAt(at) == 'A' ? 'B' : 'A') + note.substring(at + 1);
        assertFails(() -> verifier(ed25519).verify(changed), VerificationFailure.BAD_SIGNATURE);
    }

    @Test
    void aSignatureByAnotherKeyIsNotEnough() {
        SignerKey impostor = SignerKey.generate(ORIGIN, SignatureType.SM2, random);
        assertFails(() -> verifier(sm2).verify(signed(impostor)), VerificationFailure.NO_KNOWN_SIGNATURE);
    }

    @Test
    void anotherLogsCheckpointIsRefused() {
        assertFails(() -> new CheckpointVerifier("other.example/log", List.of(sm2.verifierKey())).verify(signed(sm2)),
                VerificationFailure.ORIGIN_MISMATCH);
    }

    @Test
    void malformedNotesAndCheckpointsAreRefused() {
        assertFails(() -> verifier(sm2).verify("no blank line\n"), VerificationFailure.NOTE_MALFORMED);
        assertFails(() -> verifier(sm2).verify(signed(sm2).replace("\u2014", "-")), VerificationFailure.NOTE_MALFORMED);
        assertFails(() -> Checkpoint.parse(ORIGIN + "\n013\nAAAA\n"), VerificationFailure.CHECKPOINT_MALFORMED);
        assertFails(() -> Checkpoint.parse(ORIGIN + "\n13\n"), VerificationFailure.CHECKPOINT_MALFORMED);
        assertFails(() -> Checkpoint.parse(ORIGIN + "\n13\n!!\n"), VerificationFailure.CHECKPOINT_MALFORMED);
    }

    @Test
    void extensionLinesAreKeptAndSigned() {
        Checkpoint extended = new Checkpoint(ORIGIN, 2, new byte[32], List.of("anchored 2026-12-02"));
        assertThat(Checkpoint.parse(extended.text())).isEqualTo(extended);
        String note = new SignedNote(extended.text(), List.of(sm2.sign(extended.text()))).format();
        assertThat(verifier(sm2).verify(note).extensions()).containsExactly("anchored 2026-12-02");
    }

    @Test
    void malformedKeysAreRefused() {
        String text = sm2.verifierKey().text();
        assertFails(() -> VerifierKey.parse(text.replace("+", " ")), VerificationFailure.KEY_MALFORMED);
        String[] parts = text.split("\\+");
        String otherId = parts[0] + "+" + (parts[1].startsWith("0") ? "1" : "0") + parts[1].substring(1) + "+"
                + parts[2];
        assertFails(() -> VerifierKey.parse(otherId), VerificationFailure.KEY_MALFORMED);
        assertFails(() -> SignerKey.parse("PRIVATE+KEY+x+00000000+AAAA"), VerificationFailure.KEY_MALFORMED);
        assertThatThrownBy(() -> new CheckpointVerifier(ORIGIN, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private CheckpointVerifier verifier(SignerKey key) {
        return new CheckpointVerifier(ORIGIN, List.of(key.verifierKey()));
    }
}
