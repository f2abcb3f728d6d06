package io.jingchu.client.cli;

import io.jingchu.client.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The saved login: {@code credentials.json} in {@code $JINGCHU_CONFIG_DIR}, else
 * {@code $XDG_CONFIG_HOME/jingchu}, else {@code ~/.config/jingchu}. The file holds a secret, so on POSIX
 * systems it is readable by its owner only (0600, in a 0700 directory) from the moment it exists.
 */
final class CredentialStore {

    static final String FILE_NAME = "credentials.json";

    private final Path file;

    CredentialStore(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    static CredentialStore locate(Map<String, String> environment) {
        String configured = environment.get("JINGCHU_CONFIG_DIR");
        if (configured != null && !configured.isBlank()) {
            return new CredentialStore(Path.of(configured));
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return new CredentialStore(base.resolve("jingchu"));
    }

    Path file() {
        return file;
    }

    /** The tool's configuration directory, where other state (unfinished uploads) is kept too. */
    Path directory() {
        return file.toAbsolutePath().getParent();
    }

    /** The saved login, or empty when there is none or the file is not one this tool wrote. */
    Optional<Credentials> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Credentials saved = Json.MAPPER.readValue(file.toFile(), Credentials.class);
            return saved.url() == null || saved.token() == null ? Optional.empty() : Optional.of(saved);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Replaces the saved login atomically, so that a reader never sees half a file. */
    void save(Credentials credentials) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Path temporary;
            if (posix()) {
                if (!Files.isDirectory(directory)) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
                temporary = Files.createTempFile(directory, FILE_NAME, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createDirectories(directory);
                temporary = Files.createTempFile(directory, FILE_NAME, ".tmp");
            }
            try {
                Files.write(temporary, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(credentials));
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }

    /** Forgets the saved login; false when there was none. */
    boolean delete() {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
