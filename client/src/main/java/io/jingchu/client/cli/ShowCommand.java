package io.jingchu.client.cli;

import io.jingchu.client.Contact;
import io.jingchu.client.FieldSpec;
import io.jingchu.client.Json;
import io.jingchu.client.Resource;
import io.jingchu.client.Terms;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One resource's metadata for people: its attributes, description and field schema. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a data resource: metadata, description and field schema.")
final class ShowCommand extends HubCommand {

    @Parameters(paramLabel = "CODE", description = "The resource's code.")
    String code;

    @Option(names = "--json", description = "Print the hub's answer as JSON.")
    boolean json;

    @Override
    void run() {
        Resource resource = client().resource(code);
        if (json) {
            out().println(Json.pretty(resource.json()));
            return;
        }
        out().println(resource.title());
        out().println();
        attributes(resource).print(out());
        if (resource.description() != null && !resource.description().isBlank()) {
            out().println();
            out().println(text("show.description"));
            resource.description().lines().forEach(line -> out().println("  " + line));
        }
        out().println();
        out().println(text("show.fields", resource.fields().size()));
        if (!resource.fields().isEmpty()) {
            schema(resource.fields()).print(out());
        }
    }

    private Table attributes(Resource resource) {
        Table table = new Table();
        table.row(text("show.code"), resource.code());
        table.row(text("show.organization"), resource.organizationName());
        table.row(text("show.division"), join(resource.divisionCode(), label("level", resource.level())));
        table.row(text("show.theme"), label("theme", resource.theme()));
        table.row(text("show.state"), label("state", resource.state()) + "  " + text("show.version", resource.version()));
        if (resource.rejectionReason() != null) {
            table.row(text("show.rejectionReason"), resource.rejectionReason());
        }
        table.row(text("show.grade"), join(label("grade", resource.grade()),
                label("sensitivity", resource.sensitivity())));
        table.row(text("show.sharing"), terms("sharing", resource.sharing()));
        table.row(text("show.opening"), terms("opening", resource.opening()));
        table.row(text("show.highQuality"), messages().yesNo(resource.highQuality()));
        table.row(text("show.updateFrequency"), label("frequency", resource.updateFrequency()));
        table.row(text("show.licence"), resource.licence());
        table.row(text("show.contact"), contact(resource.contact()));
        table.row(text("show.keywords"), String.join("、", resource.keywords()));
        table.row(text("show.updatedAt"), time(resource.updatedAt()));
        if (resource.publishedAt() != null) {
            table.row(text("show.publishedAt"), time(resource.publishedAt()));
        }
        return table;
    }

    private Table schema(List<FieldSpec> fields) {
        Table table = new Table(text("column.fieldName"), text("column.fieldLabel"), text("column.type"),
                text("column.unit"), text("column.nullable"), text("column.personal"));
        for (FieldSpec field : fields) {
            table.row(field.name(), field.label(), field.type(), field.unit(), messages().yesNo(field.nullable()),
                    field.personal() ? text("yes") : "");
        }
        return table;
    }

    /** The attribute with its conditions or its basis for refusal. */
    private String terms(String kind, Terms terms) {
        if (terms == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(label(kind, terms.attribute()));
        if (terms.conditions() != null) {
            parts.add(text("show.conditions", terms.conditions()));
        }
        if (terms.basis() != null) {
            parts.add(text("show.basis", terms.basis()));
        }
        return String.join(text("separator"), parts);
    }

    private static String contact(Contact contact) {
        if (contact == null) {
            return "";
        }
        return join(contact.name(), contact.phone(), contact.email());
    }

    /** The non-empty parts, separated by two spaces. */
    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join("  ", present);
    }
}
