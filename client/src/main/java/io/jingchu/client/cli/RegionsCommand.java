package io.jingchu.client.cli;

import io.jingchu.client.Division;
import io.jingchu.client.JingchuClient;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The division tree as an indented tree: below one division, or the provinces when none is named. Each
 * level deeper costs one call per division shown, so the depth is kept small by default.
 */
@Command(name = "regions", mixinStandardHelpOptions = true,
        description = "Print the administrative division tree, or search divisions by name or code.")
final class RegionsCommand extends HubCommand {

    @Parameters(arity = "0..1", paramLabel = "CODE", description = "12-digit division code; the provinces when absent.")
    String code;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "How many levels below to show (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--search", paramLabel = "TEXT", description = "Find divisions by name or code prefix instead.")
    String search;

    @Override
    void run() {
        if (depth < 0) {
            throw usage("regions.badDepth", depth);
        }
        JingchuClient client = client();
        if (search != null) {
            printMatches(client.searchRegions(search));
            return;
        }
        if (code == null) {
            printBranches(client, client.regions(), "", depth - 1);
            return;
        }
        Division root = client.region(code);
        out().println(line(root));
        if (depth > 0) {
            printBranches(client, client.children(root.code()), "", depth - 1);
        }
    }

    private void printBranches(JingchuClient client, List<Division> divisions, String indent, int levelsBelow) {
        for (int index = 0; index < divisions.size(); index++) {
            Division division = divisions.get(index);
            boolean last = index == divisions.size() - 1;
            out().println(indent + (last ? "└─ " : "├─ ") + line(division));
            if (levelsBelow > 0) {
                printBranches(client, client.children(division.code()), indent + (last ? "   " : "│  "),
                        levelsBelow - 1);
            }
        }
    }

    private void printMatches(List<Division> matches) {
        if (matches.isEmpty()) {
            out().println(text("regions.none"));
            return;
        }
        Table table = new Table(text("column.code"), text("column.name"), text("column.level"));
        matches.forEach(division -> table.row(division.code(), division.name(), label("level", division.level())));
        table.print(out());
    }

    private String line(Division division) {
        return division.name() + "  " + division.code() + "  " + label("level", division.level());
    }
}
