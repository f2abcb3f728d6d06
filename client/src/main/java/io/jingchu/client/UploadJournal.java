package io.jingchu.client;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link ResumableUpload} keeps the uploads it has not finished, so that uploading the same file again
 * (after Ctrl-C, a crash, a lost network) continues the upload the hub already has instead of starting over.
 * A file is "the same" when its path, size and modification time are: a file changed since is sent anew.
 */
public interface UploadJournal {

    /** The unfinished upload of this file to this hub, if one was remembered. */
    Optional<Entry> find(FileKey file);

    void remember(FileKey file, Entry entry);

    void forget(FileKey file);

    /** A journal that remembers nothing: every upload starts from the beginning. */
    static UploadJournal none() {
        return new UploadJournal() {
            @Override
            public Optional<Entry> find(FileKey file) {
                return Optional.empty();
            }

            @Override
            public void remember(FileKey file, Entry entry) {
            }

            @Override
            public void forget(FileKey file) {
            }
        };
    }

    /**
     * A journal in a JSON file, readable by its owner only, that survives the process. Entries past their
     * upload's expiry are dropped.
     */
    static UploadJournal inFile(Path file) {
        return new FileUploadJournal(file);
    }

    /**
     * Which file went to which hub.
     *
     * @param hub the hub's address
     * @param path the file's absolute path
     * @param lastModified the file's modification time in milliseconds since the epoch
     */
    record FileKey(String hub, String path, long size, long lastModified) {

        public FileKey {
            Objects.requireNonNull(hub, "hub");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * The hub's upload of the file.
     *
     * @param sha256 the file's hex SHA-256 as sent when the upload was created, so that it is not computed
     *     again; null when none was sent
     * @param expiresAt when the hub forgets the upload, or null
     */
    record Entry(String uploadId, String sha256, Instant expiresAt) {

        public Entry {
            Objects.requireNonNull(uploadId, "uploadId");
        }
    }
}
