package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.VerificationFailure.CHECKPOINT_MALFORMED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A log checkpoint in the C2SP tlog-checkpoint form: the body of a signed note made of the origin line (which
 * log), the tree size in decimal, the base64 root hash, then optional extension lines, each ending in a newline.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

    public Checkpoint {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rootHash, "rootHash");
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("the origin must be one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a tree size is never negative");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String extension : extensions) {
            if (extension.isEmpty() || extension.contains("\n")) {
                throw new IllegalArgumentException("an extension is one non-empty line");
            }
        }
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text: every line ends in a newline, the last one included. */
    public String text() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(extension -> text.append(extension).append('\n'));
        return text.toString();
    }

    /** Reads a note text in this form; refuses anything else with {@link VerificationFailure#CHECKPOINT_MALFORMED}. */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw malformed("the text does not end with a newline");
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3) {
            throw malformed("it has " + lines.size() + " lines, at least 3 are needed (origin, size, root hash)");
        }
        String origin = lines.get(0);
        if (origin.isEmpty()) {
            throw malformed("the origin line is empty");
        }
        if (!DECIMAL.matcher(lines.get(1)).matches()) {
            throw malformed("the tree size \"" + lines.get(1) + "\" is not a decimal number");
        }
        long size;
        try {
            size = Long.parseLong(lines.get(1));
        } catch (NumberFormatException e) {
            throw malformed("the tree size \"" + lines.get(1) + "\" is too large");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines.get(2));
        } catch (IllegalArgumentException e) {
            throw malformed("the root hash \"" + lines.get(2) + "\" is not base64");
        }
        if (root.length == 0) {
            throw malformed("the root hash is empty");
        }
        List<String> extensions = new ArrayList<>(lines.subList(3, lines.size()));
        if (extensions.stream().anyMatch(String::isEmpty)) {
            throw malformed("an extension line is empty");
        }
        return new Checkpoint(origin, size, root, extensions);
    }

    private static LedgerVerificationException malformed(String why) {
        return new LedgerVerificationException(CHECKPOINT_MALFORMED, "not a checkpoint: " + why);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, Arrays.hashCode(rootHash), extensions);
    }

    @Override
    public String toString() {
        return text();
    }
}
