package io.jingchu.client.cli;

import io.jingchu.client.ResourceChange;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Who changed what on a resource and when, oldest first, each changed attribute on its own line. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Show a resource's history of changes.")
final class HistoryCommand extends HubCommand {

    @Parameters(paramLabel = "CODE", description = "The resource's code.")
    String code;

    @Override
    void run() {
        List<ResourceChange> changes = client().history(code);
        Table table = new Table(text("column.version"), text("column.at"), text("column.action"),
                text("column.actor"), text("column.details"));
        for (ResourceChange change : changes) {
            table.row("v" + change.version(), time(change.at()), label("action", change.action()), change.actor(),
                    change.note());
            for (ResourceChange.AttributeChange attribute : change.changes()) {
                table.row("", "", "", "", attribute.attribute() + ": " + orDash(attribute.before()) + " → "
                        + orDash(attribute.after()));
            }
        }
        table.print(out());
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
