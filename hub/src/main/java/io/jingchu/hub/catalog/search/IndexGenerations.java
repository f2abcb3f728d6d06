package io.jingchu.hub.catalog.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The index's directory layout: each build of the index is a generation in its own sub-directory
 * ({@code gen-000001}, …) and the file {@code CURRENT} names the one in use. A rebuild fills a new
 * generation and then replaces {@code CURRENT} in one atomic rename, so a crash at any point leaves either
 * the old index or the new one, never a mix. Directories other than generations are never touched.
 */
final class IndexGenerations {

    private static final String CURRENT = "CURRENT";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,18})");

    private final Path root;

    IndexGenerations(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The generation {@code CURRENT} names, if it names one. */
    Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        return GENERATION.matcher(name).matches() ? Optional.of(root.resolve(name)) : Optional.empty();
    }

    /** A new, empty directory after every existing generation. */
    Path create() throws IOException {
        Files.createDirectories(root);
        long next = generations().stream().mapToLong(IndexGenerations::number).max().orElse(0) + 1;
        return Files.createDirectory(root.resolve(String.format("gen-%06d", next)));
    }

    /** Points {@code CURRENT} at the generation: written aside, flushed, then renamed over the old pointer. */
    void makeCurrent(Path generation) throws IOException {
        Path pending = root.resolve(CURRENT + ".pending");
        try (FileChannel channel = FileChannel.open(pending, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((generation.getFileName() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(pending, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(root, true);
    }

    /** Deletes every generation but this one (left over from a rebuild or an index that could not be read). */
    void removeAllExcept(Path keep) throws IOException {
        for (Path generation : generations()) {
            if (!generation.equals(keep)) {
                remove(generation);
            }
        }
    }

    void remove(Path generation) throws IOException {
        IOUtils.rm(generation);
    }

    private List<Path> generations() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return new ArrayList<>(entries
                    .filter(Files::isDirectory)
                    .filter(path -> GENERATION.matcher(path.getFileName().toString()).matches())
                    .toList());
        }
    }

    private static long number(Path generation) {
        Matcher matcher = GENERATION.matcher(generation.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a generation: " + generation);
        }
        return Long.parseLong(matcher.group(1));
    }
}
