package io.jingchu.client.cli;

import io.jingchu.client.DatasetVersion;
import io.jingchu.client.Json;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The published versions of a resource's data, newest first. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "List the published versions of a resource's data, newest first.")
final class VersionsCommand extends HubCommand {

    @Parameters(paramLabel = "CODE", description = "The resource's code.")
    String code;

    @Option(names = "--json", description = "Print the hub's answer as JSON.")
    boolean json;

    @Override
    void run() {
        List<DatasetVersion> versions = client().versions(code);
        if (json) {
            out().println(Json.pretty(Json.MAPPER.valueToTree(versions.stream().map(DatasetVersion::json).toList())));
            return;
        }
        if (versions.isEmpty()) {
            out().println(text("versions.none", code));
            return;
        }
        Table table = new Table(text("column.version"), text("column.rows"), text("column.size"),
                text("column.quality"), text("column.publishedAt"), text("column.contentHash"))
                .alignRight(0).alignRight(1).alignRight(2).alignRight(3)
                .maxWidth(5, 24);
        for (DatasetVersion version : versions) {
            table.row(version.number(), ProgressBar.count(version.rowCount()), DataSize.format(version.byteSize()),
                    version.qualityScore() == null ? "" : String.format(Locale.ROOT, "%.1f", version.qualityScore()),
                    time(version.publishedAt()), version.contentHash());
        }
        table.print(out());
    }
}
