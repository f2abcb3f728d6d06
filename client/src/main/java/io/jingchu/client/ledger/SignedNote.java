package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.VerificationFailure.NOTE_MALFORMED;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, then one signature line per key. Parsing checks
 * the form only; {@link CheckpointVerifier} checks the signatures.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    static final char DASH = '\u2014';
    private static final int MAX_SIGNATURES = 32;

    public SignedNote {
        Objects.requireNonNull(text, "text");
        signatures = List.copyOf(signatures);
    }

    /** The note as served: the text, a blank line, the signature lines. */
    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> out.append(signature.line()).append('\n'));
        return out.toString();
    }

    /** The same note with one more signature. */
    public SignedNote with(NoteSignature signature) {
        List<NoteSignature> more = new ArrayList<>(signatures);
        more.add(signature);
        return new SignedNote(text, more);
    }

    public static SignedNote parse(String note) {
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw malformed("it contains the control character U+%04X at %d".formatted((int) c, i));
            }
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("there is no blank line between the text and the signatures");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (!block.endsWith("\n")) {
            throw malformed("the last signature line does not end with a newline");
        }
        List<String> lines = Arrays.asList(block.substring(0, block.length() - 1).split("\n", -1));
        if (lines.size() > MAX_SIGNATURES) {
            throw malformed("it has " + lines.size() + " signatures, more than " + MAX_SIGNATURES);
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : lines) {
            signatures.add(signature(line));
        }
        return new SignedNote(text, signatures);
    }

    private static NoteSignature signature(String line) {
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].length() != 1 || parts[0].charAt(0) != DASH || parts[1].isEmpty()) {
            throw malformed("\"" + line + "\" is not a signature line (— <key name> <base64 signature>)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw malformed("the signature of " + parts[1] + " is not base64");
        }
        if (bytes.length < 5) {
            throw malformed("the signature of " + parts[1] + " is too short to hold a key ID and a signature");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int keyId = buffer.getInt();
        byte[] signature = new byte[buffer.remaining()];
        buffer.get(signature);
        return new NoteSignature(parts[1], keyId, signature);
    }

    private static LedgerVerificationException malformed(String why) {
        return new LedgerVerificationException(NOTE_MALFORMED, "not a signed note: " + why);
    }
}
