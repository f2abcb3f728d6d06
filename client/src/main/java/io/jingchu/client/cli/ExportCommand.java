package io.jingchu.client.cli;

import io.jingchu.client.RowsQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Streams an export of a resource's data into a file, as the hub writes it. The file appears only when the
 * export is complete: it is written under a temporary name beside it and renamed at the end.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a resource's data to a file (csv, json, ndjson, xlsx, parquet or geojson).")
final class ExportCommand extends HubCommand {

    @Parameters(paramLabel = "CODE", description = "The resource's code.")
    String code;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv, json, ndjson, xlsx, parquet or geojson (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Mixin
    RowSelection selection;

    @Override
    void run() throws IOException {
        RowsQuery query;
        try {
            query = selection.query();
        } catch (IllegalArgumentException e) {
            throw usage("rows.badFilter", e.getMessage());
        }
        Path target = output.toAbsolutePath();
        long bytes;
        Path partial = null;
        try {
            Files.createDirectories(target.getParent());
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                bytes = client().export(code, format, query, out);
            }
            move(partial, target);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailedException(JingchuCommand.REFUSED, text("export.cannotWrite", output,
                    e instanceof UncheckedIOException unchecked ? unchecked.getCause().getMessage() : e.getMessage()));
        } finally {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
        }
        out().println(text("export.done", DataSize.format(bytes), output));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
