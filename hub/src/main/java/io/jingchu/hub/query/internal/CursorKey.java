package io.jingchu.hub.query.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The key of the cursors' check. A configured secret wins (give every instance behind one address the same);
 * otherwise the key is 32 random bytes kept in a file of the data directory, made by the first start and
 * read by every later one, so that no two installations share a key and cursors survive a restart.
 */
final class CursorKey {

    private static final int BYTES = 32;

    private CursorKey() {
    }

    static byte[] of(String secret, Path file) {
        if (!secret.isBlank()) {
            return secret.getBytes(StandardCharsets.UTF_8);
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length < BYTES) {
                throw new IllegalStateException("cursor key file is shorter than " + BYTES + " bytes: " + file);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written whole under another name and moved into place, so that a reader never sees half a key. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(file.getParent(), "cursor", ".tmp");
        try {
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(temporary, key);
            try {
                // No replacing: when another instance made the key meanwhile, its key is the one to use.
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // the other instance's key stays
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
