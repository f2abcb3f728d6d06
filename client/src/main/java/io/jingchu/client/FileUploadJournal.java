package io.jingchu.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * {@link UploadJournal} in a JSON file ({@code {"uploads": [...]}}), replaced atomically on every change and
 * readable by its owner only. A file this class cannot read counts as empty: losing the journal only means
 * an upload starts over.
 */
final class FileUploadJournal implements UploadJournal {

    private final Path file;

    FileUploadJournal(Path file) {
        this.file = file.toAbsolutePath();
    }

    @Override
    public synchronized Optional<Entry> find(FileKey key) {
        return read().stream()
                .filter(saved -> saved.key().equals(key))
                .map(Saved::entry)
                .findFirst();
    }

    @Override
    public synchronized void remember(FileKey key, Entry entry) {
        List<Saved> entries = read();
        entries.removeIf(saved -> saved.key().equals(key));
        entries.add(new Saved(key, entry));
        write(entries);
    }

    @Override
    public synchronized void forget(FileKey key) {
        List<Saved> entries = read();
        if (entries.removeIf(saved -> saved.key().equals(key))) {
            write(entries);
        }
    }

    /** The live entries, those whose upload has expired left out. */
    private List<Saved> read() {
        List<Saved> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            Document document = Json.MAPPER.readValue(file.toFile(), Document.class);
            Instant now = Instant.now();
            for (Saved saved : document.uploads() == null ? List.<Saved>of() : document.uploads()) {
                if (saved != null && saved.key() != null && saved.entry() != null
                        && (saved.entry().expiresAt() == null || saved.entry().expiresAt().isAfter(now))) {
                    entries.add(saved);
                }
            }
        } catch (JacksonException e) {
            // unreadable: as if empty
        }
        return entries;
    }

    private void write(List<Saved> entries) {
        try {
            Path directory = file.getParent();
            Path temporary;
            if (posix()) {
                if (!Files.isDirectory(directory)) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
                temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createDirectories(directory);
                temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            }
            try {
                Files.write(temporary, Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(new Document(entries)));
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The file's content. */
    record Document(List<Saved> uploads) {
    }

    /** One line of it. */
    record Saved(FileKey key, Entry entry) {
    }
}
