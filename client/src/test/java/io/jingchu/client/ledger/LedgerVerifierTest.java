package io.jingchu.client.ledger;

import static io.jingchu.client.ledger.ProofTamperingTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The third party's checks against an honest log, then against a log that lies in each possible way. */
class LedgerVerifierTest {

    private static final byte[] PARQUET = "PAR1 stops PAR1".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private final FakeLog log = new FakeLog();
    private final String savedEarlier;

    LedgerVerifierTest() throws IOException {
        log.append("RESOURCE_REGISTERED", "420500-000001", Map.of("title", "公交站点"));
        log.append("RESOURCE_PUBLISHED", "420500-000001", Map.of("title", "公交站点"));
        savedEarlier = log.checkpoint();
        log.append("VERSION_PUBLISHED", "420500-000001", Map.of("number", 1,
                "contentHash", ContentHash.of(new ByteArrayInputStream(PARQUET))));
        log.append("DATA_ACCESS", "420500-000001", Map.of("rows", 10));
    }

    private LedgerVerifier verifier(LogReader reader) {
        return new LedgerVerifier(FakeLog.ORIGIN, List.of(log.key().verifierKey()), TreeHash.sm3(), reader);
    }

    @Test
    void anHonestLogVerifiesThroughout() throws IOException {
        LedgerVerifier verifier = verifier(log);
        assertThat(verifier.latestCheckpoint().size()).isEqualTo(4);
        assertThat(verifier.entry(2).type()).isEqualTo("VERSION_PUBLISHED");
        assertThat(verifier.consistentWith(savedEarlier).size()).isEqualTo(4);
        assertThat(verifier.versionFile("420500-000001", 1, file(PARQUET)).index()).isEqualTo(2);
    }

    @Test
    void aChangedEntryIsCaught() {
        LogReader lying = new Lying(log) {
            @Override
            public Inclusion inclusion(long index, long treeSize) {
                Inclusion honest = log.inclusion(index, treeSize);
                return new Inclusion(treeSize, honest.hashes(),
                        new Entry(index, honest.entry().entry().replace("publisher-1", "publisher-2")));
            }
        };
        assertFails(() -> verifier(lying).entry(1), VerificationFailure.ROOT_MISMATCH);
    }

    @Test
    void anotherEntryThanTheOneAskedForIsCaught() {
        LogReader lying = new Lying(log) {
            @Override
            public Inclusion inclusion(long index, long treeSize) {
                return log.inclusion(index == 2 ? 3 : index, treeSize);
            }
        };
        assertFails(() -> verifier(lying).entry(2), VerificationFailure.ENTRY_MISMATCH);
    }

    @Test
    void aChangedFileIsCaught() throws IOException {
        Path changed = file("PAR1 stopz PAR1".getBytes(StandardCharsets.UTF_8));
        assertFails(() -> verifier(log).versionFile("420500-000001", 1, changed),
                VerificationFailure.CONTENT_HASH_MISMATCH);
        assertFails(() -> verifier(log).versionFile("420500-000001", 2, file(PARQUET)),
                VerificationFailure.ENTRY_MISMATCH);
    }

    @Test
    void rewrittenHistoryIsCaughtByTheSavedCheckpoint() {
        // the same key signs a log whose second entry was rewritten and then grew as before
        FakeLog rewritten = new FakeLog(log.key());
        rewritten.append("RESOURCE_REGISTERED", "420500-000001", Map.of("title", "公交站点"));
        rewritten.append("RESOURCE_PUBLISHED", "420500-000001", Map.of("title", "公交站点（改）"));
        rewritten.append("DATA_ACCESS", "420500-000001", Map.of("rows", 10));
        // the saved tree has 2 leaves, a power of two, so RFC 9162's check fails on the later root
        assertFails(() -> verifier(rewritten).consistentWith(savedEarlier), VerificationFailure.ROOT_MISMATCH);
    }

    @Test
    void aShrunkenLogIsCaught() {
        FakeLog shorter = new FakeLog(log.key());
        shorter.append("RESOURCE_REGISTERED", "420500-000001", Map.of("title", "公交站点"));
        assertFails(() -> verifier(shorter).consistentWith(savedEarlier), VerificationFailure.TREE_SHRANK);
    }

    @Test
    void aForgedOrChangedCheckpointIsCaught() {
        FakeLog forged = new FakeLog(SignerKey.generate(FakeLog.ORIGIN, SignatureType.SM2, new SecureRandom()));
        forged.append("RESOURCE_REGISTERED", "420500-000001", Map.of("title", "假的"));
        assertFails(() -> verifier(forged).latestCheckpoint(), VerificationFailure.NO_KNOWN_SIGNATURE);
        LogReader changed = new Lying(log) {
            @Override
            public String checkpoint() {
                return log.checkpoint().replaceFirst("\n4\n", "\n3\n");
            }
        };
        assertFails(() -> verifier(changed).latestCheckpoint(), VerificationFailure.BAD_SIGNATURE);
    }

    private Path file(byte[] content) throws IOException {
        Path file = Files.createTempFile(directory, "version", ".parquet");
        Files.write(file, content);
        return file;
    }

    /** A log that answers as the honest one except where a test overrides it. */
    private static class Lying implements LogReader {

        private final LogReader honest;

        Lying(LogReader honest) {
            this.honest = honest;
        }

        @Override
        public String checkpoint() {
            return honest.checkpoint();
        }

        @Override
        public Inclusion inclusion(long index, long treeSize) {
            return honest.inclusion(index, treeSize);
        }

        @Override
        public List<byte[]> consistency(long first, long second) {
            return honest.consistency(first, second);
        }

        @Override
        public List<Entry> entriesOf(String resourceCode) {
            return honest.entriesOf(resourceCode);
        }
    }
}
