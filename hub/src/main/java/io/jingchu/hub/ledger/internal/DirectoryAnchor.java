package io.jingchu.hub.ledger.internal;

import io.jingchu.client.ledger.CanonicalJson;
import io.jingchu.hub.ledger.CheckpointAnchor;
import io.jingchu.hub.ledger.SignedCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * Writes each anchored checkpoint's signed note to {@code <directory>/<origin, made file-safe>/<size>.checkpoint}
 * (a mounted archive, a WORM share, a directory another system copies away). The file appears whole or not at
 * all: written to a temporary name, synced, then moved into place. The receipt is the file's path and its
 * SHA-256. A file already there with the same content is the same deposit; with another content it is refused.
 */
final class DirectoryAnchor implements CheckpointAnchor {

    private final String name;
    private final Path directory;

    DirectoryAnchor(String name, Path directory) {
        this.name = name;
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new UncheckedIOException("the ledger anchor " + name + " cannot create its directory "
                    + this.directory, e);
        }
        if (!Files.isWritable(this.directory)) {
            throw new IllegalStateException("the ledger anchor " + name + " cannot write into " + this.directory);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "directory";
    }

    @Override
    public String anchor(String origin, SignedCheckpoint checkpoint) throws IOException {
        Path folder = directory.resolve(fileSafe(origin));
        Files.createDirectories(folder);
        Path file = folder.resolve(checkpoint.treeSize() + ".checkpoint");
        byte[] content = checkpoint.note().getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file)) {
            if (!Arrays.equals(Files.readAllBytes(file), content)) {
                throw new IOException(file + " already holds another checkpoint of tree size " + checkpoint.treeSize());
            }
        } else {
            write(folder, file, content);
        }
        return CanonicalJson.text(Map.of("path", file.toString(), "sha256", sha256(content)));
    }

    /** The origin as one file name: every character but letters, digits, dot and dash becomes an underscore. */
    static String fileSafe(String origin) {
        return origin.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    private static void write(Path folder, Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot move a file atomically into " + folder, e);
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncDirectory(folder);
    }

    /** Makes the new name durable too; not every platform can open a directory, which is then left to the OS. */
    private static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; its file system orders the rename itself
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
