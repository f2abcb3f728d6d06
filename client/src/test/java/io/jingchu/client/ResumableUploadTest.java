package io.jingchu.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jingchu.client.testing.FakeHub;
import io.jingchu.client.testing.FakeUploads;
import io.jingchu.client.testing.FakeUploads.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumableUploadTest {

    private static final int CHUNK = 1000;

    private final FakeHub hub = new FakeHub();
    private final FakeUploads uploads = new FakeUploads(hub);
    private final JingchuClient client = JingchuClient.builder(hub.url()).token("jct_publisher").build();

    @TempDir
    Path directory;

    @AfterEach
    void stopHub() {
        hub.close();
    }

    @Test
    void sendsTheFileInChunksAtTheRightOffsetsWithItsSha256() throws Exception {
        byte[] content = randomBytes(3_500);
        Path file = write("企业登记.csv", content);

        Upload upload = uploader().build().upload(file);

        assertThat(upload.complete()).isTrue();
        assertThat(upload.received()).isEqualTo(3_500);
        assertThat(uploads.content(upload.id())).isEqualTo(content);
        assertThat(uploads.declaredSha256(upload.id())).isEqualTo(sha256(content));
        FakeHub.Request created = hub.only("POST", "/api/v1/uploads");
        assertThat(Json.MAPPER.readTree(created.body()).path("filename").asString()).isEqualTo("企业登记.csv");
        assertThat(Json.MAPPER.readTree(created.body()).path("size").asLong()).isEqualTo(3_500);
        List<FakeHub.Request> chunks = puts();
        assertThat(chunks).extracting(request -> request.header("Upload-Offset"))
                .containsExactly("0", "1000", "2000", "3000");
        assertThat(chunks).extracting(request -> request.bytes().length).containsExactly(1000, 1000, 1000, 500);
        assertThat(chunks.get(0).header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(chunks.get(0).header("Authorization")).isEqualTo("Bearer jct_publisher");
    }

    @Test
    void aChunkCutOffMidwayContinuesFromWhatTheHubReceived() throws Exception {
        byte[] content = randomBytes(3_000);
        Path file = write("data.csv", content);
        uploads.failNextChunks(Fault.none(), Fault.keepThenDrop(400));
        List<String> retries = new CopyOnWriteArrayList<>();

        Upload upload = uploader().listener(new ResumableUpload.Listener() {
            @Override
            public void retrying(int attempt, RuntimeException failure, Duration wait) {
                retries.add(attempt + " " + failure.getClass().getSimpleName());
            }
        }).build().upload(file);

        assertThat(uploads.content(upload.id())).isEqualTo(content);
        assertThat(retries).containsExactly("1 HubUnreachableException");
        assertThat(puts()).extracting(request -> request.header("Upload-Offset"))
                .containsExactly("0", "1000", "1400", "2400");
        assertThat(hub.requests()).filteredOn(request -> request.method().equals("GET")).hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedFromTheHubsOffset() throws Exception {
        byte[] content = randomBytes(2_000);
        Path file = write("data.csv", content);
        uploads.failNextChunks(Fault.status(503), Fault.status(502));

        Upload upload = uploader().build().upload(file);

        assertThat(uploads.content(upload.id())).isEqualTo(content);
        assertThat(puts()).extracting(request -> request.header("Upload-Offset"))
                .containsExactly("0", "0", "0", "1000");
    }

    @Test
    void anOffsetMismatchContinuesAtTheOffsetTheHubNames() throws Exception {
        byte[] content = randomBytes(3_000);
        Path file = write("data.csv", content);
        uploads.failNextChunks(Fault.none(), Fault.none(), Fault.lose(300));

        Upload upload = uploader().build().upload(file);

        assertThat(uploads.content(upload.id())).isEqualTo(content);
        assertThat(puts()).extracting(request -> request.header("Upload-Offset"))
                .containsExactly("0", "1000", "2000", "1700", "2700");
    }

    @Test
    void givesUpAfterTheRetriesAndKeepsTheUploadForNextTime() throws Exception {
        Path file = write("data.csv", randomBytes(3_000));
        uploads.failNextChunks(Fault.none(), Fault.status(503), Fault.status(503), Fault.status(503));
        Path journalFile = directory.resolve("config/uploads.json");

        JingchuException failure = catchThrowableOfType(JingchuException.class,
                () -> uploader().maxRetries(2).journal(UploadJournal.inFile(journalFile)).build().upload(file));

        assertThat(failure.status()).isEqualTo(503);
        assertThat(Files.readString(journalFile)).contains("u-1");
    }

    @Test
    void uploadingTheSameFileAgainResumesTheUnfinishedUploadInsteadOfStartingOver() throws Exception {
        byte[] content = randomBytes(4_000);
        Path file = write("data.csv", content);
        Path journalFile = directory.resolve("config/uploads.json");
        uploads.failNextChunks(Fault.none(), Fault.keepThenDrop(250));
        Throwable interrupted = catchThrowableOfType(HubUnreachableException.class,
                () -> uploader().maxRetries(0).journal(UploadJournal.inFile(journalFile)).build().upload(file));
        assertThat(interrupted).isNotNull();
        List<Upload> resumed = new CopyOnWriteArrayList<>();
        List<Long> hashed = new CopyOnWriteArrayList<>();

        Upload upload = uploader().journal(UploadJournal.inFile(journalFile)).listener(new ResumableUpload.Listener() {
            @Override
            public void resumed(Upload from) {
                resumed.add(from);
            }

            @Override
            public void hashing(long read, long total) {
                hashed.add(read);
            }
        }).build().upload(file);

        assertThat(upload.id()).isEqualTo("u-1");
        assertThat(uploads.created()).isEqualTo(1);
        assertThat(resumed).singleElement().extracting(Upload::received).isEqualTo(1_250L);
        assertThat(hashed).as("the checksum is not computed again").isEmpty();
        assertThat(uploads.content("u-1")).isEqualTo(content);
        assertThat(puts()).extracting(request -> request.header("Upload-Offset"))
                .containsExactly("0", "1000", "1250", "2250", "3250");
        assertThat(UploadJournal.inFile(journalFile).find(keyOf(file))).isEmpty();
    }

    @Test
    void anUploadTheHubNoLongerHasStartsOverWithTheSameChecksum() throws Exception {
        byte[] content = randomBytes(1_500);
        Path file = write("data.csv", content);
        UploadJournal journal = UploadJournal.inFile(directory.resolve("uploads.json"));
        journal.remember(keyOf(file), new UploadJournal.Entry("u-gone", sha256(content), null));

        Upload upload = uploader().journal(journal).build().upload(file);

        assertThat(upload.id()).isNotEqualTo("u-gone");
        assertThat(uploads.content(upload.id())).isEqualTo(content);
        assertThat(uploads.declaredSha256(upload.id())).isEqualTo(sha256(content));
        assertThat(journal.find(keyOf(file))).isEmpty();
    }

    @Test
    void aFileChangedSinceTheInterruptionIsSentAnew() throws Exception {
        byte[] content = randomBytes(2_000);
        Path file = write("data.csv", content);
        UploadJournal journal = UploadJournal.inFile(directory.resolve("uploads.json"));
        String earlier = uploads.existing("data.csv", 2_000, new byte[500]);
        journal.remember(keyOf(file), new UploadJournal.Entry(earlier, "0".repeat(64), null));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

        Upload upload = uploader().journal(journal).build().upload(file);

        assertThat(upload.id()).isNotEqualTo(earlier);
        assertThat(uploads.content(upload.id())).isEqualTo(content);
        assertThat(uploads.declaredSha256(upload.id())).isEqualTo(sha256(content));
    }

    @Test
    void progressIsReportedUpToTheWholeFile() throws Exception {
        Path file = write("data.csv", randomBytes(2_500));
        List<Long> sent = new CopyOnWriteArrayList<>();

        uploader().listener(new ResumableUpload.Listener() {
            @Override
            public void sent(long bytes, long total) {
                sent.add(bytes);
            }
        }).build().upload(file);

        assertThat(sent).first().isEqualTo(0L);
        assertThat(sent).last().isEqualTo(2_500L);
        assertThat(sent).contains(1_000L, 2_000L).allMatch(bytes -> bytes <= 2_500);
    }

    private ResumableUpload.Builder uploader() {
        return ResumableUpload.builder(client).chunkSize(CHUNK).retryDelay(Duration.ofMillis(1));
    }

    private List<FakeHub.Request> puts() {
        return hub.requests().stream().filter(request -> request.method().equals("PUT")).toList();
    }

    private UploadJournal.FileKey keyOf(Path file) throws IOException {
        return new UploadJournal.FileKey(hub.url(), file.toAbsolutePath().normalize().toString(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
