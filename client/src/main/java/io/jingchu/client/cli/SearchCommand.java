package io.jingchu.client.cli;

import io.jingchu.client.Json;
import io.jingchu.client.Organization;
import io.jingchu.client.Resource;
import io.jingchu.client.SearchHit;
import io.jingchu.client.SearchPage;
import io.jingchu.client.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Full-text search of the catalog, shown as a table with the total and the facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the catalog of data resources (Chinese full text, filters, facets).")
final class SearchCommand extends HubCommand {

    /** How many values of each facet the summary names. */
    private static final int FACET_VALUES_SHOWN = 6;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to look for; everything when absent.")
    List<String> words = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "THEME", description = "Theme, such as TRANSPORT (repeatable).")
    List<String> themes = new ArrayList<>();

    @Option(names = "--org", paramLabel = "ID", description = "Organization id (repeatable).")
    List<Long> organizations = new ArrayList<>();

    @Option(names = "--division", paramLabel = "CODE", description = "12-digit division code; includes everything below it.")
    List<String> divisions = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL", description = "PROVINCE, CITY, COUNTY, TOWNSHIP or VILLAGE (repeatable).")
    List<String> levels = new ArrayList<>();

    @Option(names = "--grade", paramLabel = "GRADE", description = "GENERAL, IMPORTANT or CORE (repeatable).")
    List<String> grades = new ArrayList<>();

    @Option(names = "--opening", paramLabel = "OPENING", description = "UNCONDITIONAL, CONDITIONAL or NONE (repeatable).")
    List<String> openings = new ArrayList<>();

    @Option(names = "--high-quality", description = "Only high-quality datasets (高质量数据集).")
    boolean highQuality;

    @Option(names = "--sort", paramLabel = "SORT", description = "relevance, updated, title or code.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "Hits per page, 1 to 100 (default: the hub's, 20).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", description = "First hit to show, from 0.")
    Integer offset;

    @Option(names = "--json", description = "Print the hub's answer as JSON.")
    boolean json;

    @Override
    void run() {
        SearchRequest request = SearchRequest.builder()
                .text(words.isEmpty() ? null : String.join(" ", words))
                .theme(themes.toArray(String[]::new))
                .organization(organizations.stream().mapToLong(Long::longValue).toArray())
                .division(divisions.toArray(String[]::new))
                .level(levels.toArray(String[]::new))
                .grade(grades.toArray(String[]::new))
                .opening(openings.toArray(String[]::new))
                .highQuality(highQuality ? Boolean.TRUE : null)
                .sort(sort)
                .limit(limit)
                .offset(offset)
                .build();
        SearchPage page = client().searchResources(request);
        if (json) {
            out().println(Json.pretty(page.json()));
            return;
        }
        printHits(page);
        printFacets(page);
    }

    private void printHits(SearchPage page) {
        if (page.hits().isEmpty()) {
            out().println(text("search.none"));
            return;
        }
        Table table = new Table(text("column.code"), text("column.title"), text("column.organization"),
                text("column.grade"), text("column.opening"), text("column.state"))
                .maxWidth(1, 40)
                .maxWidth(2, 28);
        for (SearchHit hit : page.hits()) {
            Resource resource = hit.resource();
            table.row(resource.code(), resource.title(), resource.organizationName(),
                    label("grade", resource.grade()),
                    label("opening", resource.opening() == null ? null : resource.opening().attribute()),
                    label("state", resource.state()));
        }
        table.print(out());
        out().println();
        out().println(text("search.total", page.total(), page.offset() + 1, page.offset() + page.hits().size()));
    }

    private void printFacets(SearchPage page) {
        Function<String, String> organizationName = organizationNames(page);
        for (Map.Entry<String, Map<String, Long>> facet : page.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            String values = facet.getValue().entrySet().stream()
                    .limit(FACET_VALUES_SHOWN)
                    .map(count -> valueLabel(facet.getKey(), count.getKey(), organizationName) + " "
                            + count.getValue())
                    .collect(Collectors.joining(" · "));
            String more = facet.getValue().size() > FACET_VALUES_SHOWN ? " …" : "";
            out().println(label("facet", facet.getKey()) + ": " + values + more);
        }
    }

    private String valueLabel(String facet, String value, Function<String, String> organizationName) {
        return switch (facet) {
            case "ORGANIZATION" -> organizationName.apply(value);
            case "HIGH_QUALITY" -> messages().yesNo(Boolean.parseBoolean(value));
            case "DIVISION" -> value;
            default -> label(facet.toLowerCase(Locale.ROOT), value);
        };
    }

    /** Organization facets count by id; names come from the hub's list, asked for only when needed. */
    private Function<String, String> organizationNames(SearchPage page) {
        Map<String, Long> counts = page.facets().get("ORGANIZATION");
        if (counts == null || counts.isEmpty()) {
            return Function.identity();
        }
        Map<String, String> names = client().organizations().stream()
                .collect(Collectors.toMap(organization -> Long.toString(organization.id()), Organization::name,
                        (first, second) -> first));
        return id -> names.getOrDefault(id, "#" + id);
    }
}
