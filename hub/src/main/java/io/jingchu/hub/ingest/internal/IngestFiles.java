package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.common.HubProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where ingest keeps its files under the data directory: {@code uploads/} for arriving files,
 * {@code datasets/<resource>/} for published versions, {@code tmp/ingest/job-<id>/} for a load's work.
 * Published files are made durable before anyone can see them.
 */
final class IngestFiles {

    private final Path uploads;
    private final Path datasets;
    private final Path work;

    IngestFiles(HubProperties hub) {
        this.uploads = hub.dir("uploads");
        this.datasets = hub.dir("datasets");
        this.work = hub.dir("tmp").resolve("ingest");
        try {
            Files.createDirectories(uploads);
            Files.createDirectories(datasets);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path upload(String id) {
        return uploads.resolve(id);
    }

    Path uploadsDir() {
        return uploads;
    }

    Path datasetsDir() {
        return datasets;
    }

    Path workDir() {
        return work;
    }

    /** A fresh working directory for one job. */
    Path workFor(long jobId) {
        Path dir = work.resolve("job-" + jobId);
        try {
            deleteTree(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves a finished file into the resource's directory under a new unique name, durably: the file's
     * bytes and the directory entry are both on disk when this returns.
     */
    Path publish(Path finished, String resourceCode) throws IOException {
        Path dir = Files.createDirectories(datasets.resolve(resourceCode));
        Path target = dir.resolve(UUID.randomUUID() + ".parquet");
        force(finished);
        Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(dir);
        return target;
    }

    /** The path a version row stores: relative to the datasets directory, so the data directory can move. */
    String relative(Path published) {
        return datasets.relativize(published).toString().replace('\\', '/');
    }

    Path resolve(String relative) {
        Path p = datasets.resolve(relative).normalize();
        if (!p.startsWith(datasets)) {
            throw new IllegalStateException("version file outside the datasets directory: " + relative);
        }
        return p;
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not every file system lets a directory be opened for sync; the rename itself is still atomic.
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path)) {
                deleteTree(path);
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Left for the next clean-up pass.
        }
    }
}
