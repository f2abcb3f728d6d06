package io.jingchu.client.cli;

import io.jingchu.client.Json;
import io.jingchu.client.RowsPage;
import io.jingchu.client.RowsQuery;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** Rows of a resource's latest data version as a table: chosen fields, filtered, sorted, limited. */
@Command(name = "rows", mixinStandardHelpOptions = true,
        description = "Show rows of a resource's data: choose fields, filter, sort and limit.")
final class RowsCommand extends HubCommand {

    private static final int CELL_WIDTH = 40;

    @Parameters(paramLabel = "CODE", description = "The resource's code.")
    String code;

    @Mixin
    RowSelection selection;

    @Option(names = "--json", description = "Print the hub's answer as JSON.")
    boolean json;

    @Override
    void run() {
        RowsQuery query;
        try {
            query = selection.query();
        } catch (IllegalArgumentException e) {
            throw usage("rows.badFilter", e.getMessage());
        }
        RowsPage page = client().rows(code, query);
        if (json) {
            out().println(Json.pretty(page.json()));
            return;
        }
        if (page.rows().isEmpty()) {
            out().println(text("rows.none"));
            return;
        }
        Table table = new Table(page.columns().toArray(String[]::new));
        for (int column = 0; column < page.columns().size(); column++) {
            table.maxWidth(column, CELL_WIDTH);
            if (numeric(page, column)) {
                table.alignRight(column);
            }
        }
        for (List<JsonNode> row : page.rows()) {
            table.row(row.stream().map(RowsCommand::cell).toArray());
        }
        table.print(out());
        out().println();
        out().println(page.total() == null ? text("rows.shown", page.rows().size())
                : text("rows.total", page.total(), page.rows().size()));
    }

    private static boolean numeric(RowsPage page, int column) {
        boolean any = false;
        for (List<JsonNode> row : page.rows()) {
            JsonNode value = row.get(column);
            if (value != null) {
                if (!value.isNumber()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String cell(JsonNode value) {
        if (value == null) {
            return "";
        }
        return value.isValueNode() ? value.asString() : Json.MAPPER.writeValueAsString(value);
    }
}
