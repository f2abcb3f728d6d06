package io.jingchu.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Uploads a file to the hub in chunks, streamed from disk (never held whole in memory), so that files of
 * tens of gigabytes go through.
 *
 * <ul>
 * <li>The file's SHA-256 is computed first, reading it once, and sent with the upload so that the hub can
 * check what it received.</li>
 * <li>A chunk that fails (the network, or the hub answering 5xx or 429) is retried with growing pauses: the
 * hub is asked how much it received, and the upload continues from there. When the hub says a chunk was sent
 * at the wrong offset, the upload continues at the offset the hub names.</li>
 * <li>An unfinished upload is remembered in the {@link UploadJournal}: uploading the same file again (same
 * path, size and modification time) continues it, without computing the checksum again. It is forgotten once
 * complete, or when the hub no longer knows it.</li>
 * </ul>
 *
 * <pre>{@code
 * Upload upload = ResumableUpload.builder(hub).journal(UploadJournal.inFile(configDir.resolve("uploads.json")))
 *         .build().upload(Path.of("企业登记.csv"));
 * hub.startLoad("YC-SCJG-0001", LoadRequest.upload(upload.id()));
 * }</pre>
 */
public final class ResumableUpload {

    public static final int DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
    private static final int HASH_BUFFER = 1024 * 1024;
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    private final JingchuClient hub;
    private final long chunkSize;
    private final int maxRetries;
    private final Duration retryDelay;
    private final UploadJournal journal;
    private final Listener listener;

    private ResumableUpload(Builder builder) {
        this.hub = builder.hub;
        this.chunkSize = builder.chunkSize;
        this.maxRetries = builder.maxRetries;
        this.retryDelay = builder.retryDelay;
        this.journal = builder.journal;
        this.listener = builder.listener;
    }

    public static Builder builder(JingchuClient hub) {
        return new Builder(hub);
    }

    /**
     * Uploads the file, or what the hub does not have yet of an earlier upload of it, and returns the
     * complete upload.
     *
     * @throws JingchuException when the hub refuses (or keeps failing after the retries)
     * @throws HubUnreachableException when the hub cannot be reached after the retries
     * @throws IOException when the file cannot be read
     */
    public Upload upload(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NoSuchFileException(absolute.toString(), null, "not a regular file");
        }
        long size = attributes.size();
        UploadJournal.FileKey key = new UploadJournal.FileKey(hub.baseUrl().toString(), absolute.toString(), size,
                attributes.lastModifiedTime().toMillis());
        Upload upload;
        try (FileChannel channel = FileChannel.open(absolute, StandardOpenOption.READ)) {
            Optional<UploadJournal.Entry> remembered = journal.find(key);
            upload = remembered.flatMap(entry -> stillThere(key, entry)).orElse(null);
            if (upload != null) {
                listener.resumed(upload);
            } else {
                String sha256 = remembered.map(UploadJournal.Entry::sha256).orElse(null);
                if (sha256 == null) {
                    sha256 = sha256(channel, size);
                }
                upload = hub.createUpload(absolute.getFileName().toString(), size, sha256);
                journal.remember(key, new UploadJournal.Entry(upload.id(), sha256, upload.expiresAt()));
            }
            upload = send(channel, upload, size, key);
        }
        journal.forget(key);
        return upload;
    }

    /** The hub's upload of a remembered entry, if the hub still has it and it is one of this file. */
    private Optional<Upload> stillThere(UploadJournal.FileKey key, UploadJournal.Entry entry) {
        try {
            Upload upload = hub.upload(entry.uploadId());
            if (upload.size() == key.size()) {
                return Optional.of(upload);
            }
        } catch (JingchuException e) {
            if (e.status() != 404 && e.status() != 410) {
                throw e;
            }
        }
        journal.forget(key);
        return Optional.empty();
    }

    private Upload send(FileChannel channel, Upload start, long size, UploadJournal.FileKey key)
            throws IOException {
        Upload upload = start;
        long offset = upload.received();
        int failures = 0;
        listener.sent(offset, size);
        while (!upload.complete()) {
            if (offset > size) {
                throw new IllegalStateException("the hub has " + offset + " bytes of a " + size + "-byte file");
            }
            long length = Math.min(chunkSize, size - offset);
            try {
                upload = hub.uploadChunk(upload.id(), offset, new FileChunk(channel, offset, length, size), length);
                offset = upload.received();
                failures = 0;
                listener.sent(offset, size);
                if (length == 0) {
                    break;
                }
            } catch (UploadOffsetMismatchException e) {
                if (++failures > maxRetries) {
                    throw e;
                }
                offset = e.received();
            } catch (HubUnreachableException | JingchuException e) {
                if (!retryable(e)) {
                    if (e instanceof JingchuException refused && (refused.status() == 404 || refused.status() == 410)) {
                        journal.forget(key);
                    }
                    throw e;
                }
                if (++failures > maxRetries) {
                    throw e;
                }
                Duration wait = backoff(failures);
                listener.retrying(failures, e, wait);
                sleep(wait);
                offset = received(upload.id()).orElse(offset);
            }
        }
        return upload;
    }

    /** How much the hub has after a failure; empty when it cannot tell yet (the next chunk will find out). */
    private Optional<Long> received(String uploadId) {
        try {
            return Optional.of(hub.upload(uploadId).received());
        } catch (HubUnreachableException | JingchuException e) {
            if (retryable(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean retryable(RuntimeException failure) {
        if (failure instanceof HubUnreachableException) {
            return true;
        }
        int status = ((JingchuException) failure).status();
        return status >= 500 || status == 429 || status == 408;
    }

    private Duration backoff(int failures) {
        Duration wait = retryDelay.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : wait;
    }

    private static void sleep(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry the upload");
        }
    }

    private String sha256(FileChannel channel, long size) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(HASH_BUFFER);
        long position = 0;
        listener.hashing(0, size);
        while (position < size) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            digest.update(buffer.array(), 0, read);
            position += read;
            listener.hashing(position, size);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What an upload is doing, for a progress display. Called from the uploading threads. */
    public interface Listener {

        /** Computing the file's checksum before the upload: {@code read} bytes of {@code total}. */
        default void hashing(long read, long total) {
        }

        /** Continuing an upload the hub already had part of. */
        default void resumed(Upload upload) {
        }

        /** {@code sent} bytes of {@code total} are with the hub or on their way (it may go back after a failure). */
        default void sent(long sent, long total) {
        }

        /** A chunk failed; the upload goes on after {@code wait}. */
        default void retrying(int attempt, RuntimeException failure, Duration wait) {
        }
    }

    /** Settings of an upload; only the hub is required. */
    public static final class Builder {
        private final JingchuClient hub;
        private long chunkSize = DEFAULT_CHUNK_SIZE;
        private int maxRetries = 5;
        private Duration retryDelay = Duration.ofSeconds(1);
        private UploadJournal journal = UploadJournal.none();
        private Listener listener = new Listener() {
        };

        private Builder(JingchuClient hub) {
            this.hub = Objects.requireNonNull(hub, "hub");
        }

        /** Bytes per request; 8 MiB by default. */
        public Builder chunkSize(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the chunk size must be positive: " + bytes);
            }
            this.chunkSize = bytes;
            return this;
        }

        /** How many times in a row a chunk may fail before the upload gives up; 5 by default. */
        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("retries cannot be negative: " + retries);
            }
            this.maxRetries = retries;
            return this;
        }

        /** The pause after the first failure, doubled after each further one (up to 30 s); 1 s by default. */
        public Builder retryDelay(Duration delay) {
            this.retryDelay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /** Where unfinished uploads are remembered; nowhere by default. */
        public Builder journal(UploadJournal uploadJournal) {
            this.journal = Objects.requireNonNull(uploadJournal, "uploadJournal");
            return this;
        }

        public Builder listener(Listener uploadListener) {
            this.listener = Objects.requireNonNull(uploadListener, "uploadListener");
            return this;
        }

        public ResumableUpload build() {
            return new ResumableUpload(this);
        }
    }

    /**
     * {@code length} bytes of the file from {@code start}, read with positional reads so that the channel can
     * serve the next chunk after this one, whatever happened to this one; reports what was read.
     */
    private final class FileChunk extends InputStream {

        private final FileChannel channel;
        private final long end;
        private final long total;
        private long position;

        FileChunk(FileChannel channel, long start, long length, long total) {
            this.channel = channel;
            this.position = start;
            this.end = start + length;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= end) {
                return -1;
            }
            int read = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, end - position)), position);
            if (read < 0) {
                throw new IOException("the file ended at " + position + " bytes: it changed during the upload");
            }
            position += read;
            listener.sent(position, total);
            return read;
        }

        @Override
        public void close() {
            // the channel serves the next chunk
        }
    }
}
