package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.VerificationFailure.CONTENT_HASH_MISMATCH;
import static io.jingchu.client.ledger.VerificationFailure.ENTRY_MISMATCH;
import static io.jingchu.client.ledger.VerificationFailure.TREE_SHRANK;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A third party's checks of the hub's ledger, trusting nothing but the log's origin and public keys: every
 * checkpoint's signature, every entry's inclusion under a verified checkpoint, a later checkpoint's consistency
 * with one saved earlier, and a downloaded dataset file against the content hash its version's entry records.
 * Each method returns what it proved or throws a {@link LedgerVerificationException} saying what failed.
 */
public final class LedgerVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CheckpointVerifier checkpoints;
    private final ProofVerifier proofs;
    private final TreeHash hash;
    private final LogReader log;

    public LedgerVerifier(String origin, List<VerifierKey> keys, TreeHash hash, LogReader log) {
        this.checkpoints = new CheckpointVerifier(origin, keys);
        this.hash = Objects.requireNonNull(hash);
        this.proofs = new ProofVerifier(hash);
        this.log = Objects.requireNonNull(log);
    }

    /** The tree hash a log's origin names ({@code …/sm3} or {@code …/sha256}); SM3 when it names none. */
    public static TreeHash hashOfOrigin(String origin) {
        return origin.endsWith("/sha256") ? TreeHash.sha256() : TreeHash.sm3();
    }

    /** The log's latest checkpoint, its signature verified. */
    public Checkpoint latestCheckpoint() {
        return checkpoints.verify(log.checkpoint());
    }

    /** A checkpoint given as text (a saved one), its signature verified. */
    public Checkpoint checkpoint(String signedNote) {
        return checkpoints.verify(signedNote);
    }

    /** The entry at this index, proven to be in the tree of the latest checkpoint. */
    public VerifiedEntry entry(long index) {
        return entry(index, latestCheckpoint());
    }

    /** The entry at this index, proven to be in the tree of this (verified) checkpoint. */
    public VerifiedEntry entry(long index, Checkpoint checkpoint) {
        LogReader.Inclusion inclusion = log.inclusion(index, checkpoint.size());
        if (inclusion.entry().index() != index || inclusion.treeSize() != checkpoint.size()) {
            throw new LedgerVerificationException(ENTRY_MISMATCH, "asked for entry " + index + " in the tree of size "
                    + checkpoint.size() + ", the log answered with entry " + inclusion.entry().index()
                    + " in the tree of size " + inclusion.treeSize());
        }
        byte[] leaf = hash.leaf(inclusion.entry().entry().getBytes(StandardCharsets.UTF_8));
        proofs.verifyInclusion(leaf, index, checkpoint.size(), inclusion.hashes(), checkpoint.rootHash());
        return new VerifiedEntry(index, inclusion.entry().entry(), fields(inclusion.entry()), checkpoint);
    }

    /**
     * The latest checkpoint, proven to extend the saved earlier one: the log has only appended since. Returns
     * the latest, to be saved in its turn.
     */
    public Checkpoint consistentWith(String savedNote) {
        return consistent(savedNote, log.checkpoint());
    }

    /** The later checkpoint, proven to extend the earlier one; both signed notes are verified first. */
    public Checkpoint consistent(String earlierNote, String laterNote) {
        Checkpoint earlier = checkpoints.verify(earlierNote);
        Checkpoint later = checkpoints.verify(laterNote);
        if (later.size() < earlier.size()) {
            throw new LedgerVerificationException(TREE_SHRANK, "the log's tree has " + later.size()
                    + " entries now, fewer than the " + earlier.size() + " of the saved checkpoint");
        }
        proofs.verifyConsistency(earlier.size(), later.size(), earlier.rootHash(), later.rootHash(),
                later.size() == earlier.size() ? List.of() : log.consistency(earlier.size(), later.size()));
        return later;
    }

    /**
     * That this file is the one the ledger recorded for version {@code number} of the resource: the version's
     * entry is proven in the log and its {@code contentHash} is the file's.
     */
    public VerifiedEntry versionFile(String resourceCode, int number, Path file) throws IOException {
        return versionFile(resourceCode, number, file, latestCheckpoint());
    }

    /** {@link #versionFile(String, int, Path)} under this (verified) checkpoint. */
    public VerifiedEntry versionFile(String resourceCode, int number, Path file, Checkpoint checkpoint)
            throws IOException {
        String fileHash = ContentHash.of(file);
        LogReader.Entry recorded = log.entriesOf(resourceCode).stream()
                .filter(e -> e.index() < checkpoint.size())
                .filter(e -> isVersion(fields(e), resourceCode, number))
                .findFirst()
                .orElseThrow(() -> new LedgerVerificationException(ENTRY_MISMATCH, "the ledger has no entry of the "
                        + "publication of version " + number + " of " + resourceCode + " in its signed tree"));
        VerifiedEntry entry = entry(recorded.index(), checkpoint);
        if (!isVersion(entry.fields(), resourceCode, number)) {
            throw new LedgerVerificationException(ENTRY_MISMATCH, "entry " + recorded.index()
                    + " is not the publication of version " + number + " of " + resourceCode);
        }
        Object recordedHash = entry.payload("contentHash");
        if (!fileHash.equals(recordedHash)) {
            throw new LedgerVerificationException(CONTENT_HASH_MISMATCH, "the file " + file + " has content hash "
                    + fileHash + ", the ledger records " + recordedHash + " for version " + number + " of "
                    + resourceCode + " (entry " + entry.index() + ")");
        }
        return entry;
    }

    private static boolean isVersion(Map<String, Object> fields, String resourceCode, int number) {
        return "VERSION_PUBLISHED".equals(fields.get("type")) && resourceCode.equals(fields.get("resource"))
                && fields.get("payload") instanceof Map<?, ?> payload
                && payload.get("number") instanceof Number n && n.longValue() == number;
    }

    /** The entry's members; refuses text that is not the canonical JSON of what it holds. */
    private static Map<String, Object> fields(LogReader.Entry entry) {
        Map<String, Object> fields;
        try {
            fields = JSON.readValue(entry.entry(), new TypeReference<HashMap<String, Object>>() {
            });
        } catch (JacksonException e) {
            throw new LedgerVerificationException(ENTRY_MISMATCH, "entry " + entry.index() + " is not JSON");
        }
        if (!CanonicalJson.text(fields).equals(entry.entry())) {
            throw new LedgerVerificationException(ENTRY_MISMATCH, "entry " + entry.index()
                    + " is not in canonical JSON form");
        }
        return fields;
    }
}
