package io.jingchu.client.cli;

import io.jingchu.client.Json;
import io.jingchu.client.LedgerStatistics;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The "一本账" figures for a division (everything below it counted) or the whole ledger. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show ledger statistics (一本账) for a division and everything below it.")
final class StatsCommand extends HubCommand {

    @Option(names = "--division", paramLabel = "CODE", description = "12-digit division code; the whole ledger when absent.")
    String division;

    @Option(names = "--json", description = "Print the hub's answer as JSON.")
    boolean json;

    @Override
    void run() {
        LedgerStatistics statistics = client().statistics(division);
        if (json) {
            out().println(Json.pretty(statistics.json()));
            return;
        }
        out().println(text("stats.title", scope(statistics.divisionCode())));
        out().println(text("stats.total", statistics.total(), statistics.highQuality()));
        counts("stats.byLevel", "level", statistics.byLevel(), statistics.total());
        counts("stats.byTheme", "theme", statistics.byTheme(), statistics.total());
        counts("stats.byGrade", "grade", statistics.byGrade(), statistics.total());
        counts("stats.bySharing", "sharing", statistics.bySharing(), statistics.total());
        counts("stats.byOpening", "opening", statistics.byOpening(), statistics.total());
        counts("stats.byState", "state", statistics.byState(), statistics.total());
        if (!statistics.byChildDivision().isEmpty()) {
            out().println();
            Table table = new Table(text("column.code"), text("stats.byChildDivision"), text("column.count"),
                    text("column.share")).alignRight(2).alignRight(3);
            statistics.byChildDivision().forEach(child -> table.row(child.code(), child.name(), child.count(),
                    share(child.count(), statistics.total())));
            table.print(out());
        }
    }

    /** 宜昌市（420500000000）, or the whole ledger. */
    private String scope(String divisionCode) {
        if (divisionCode == null) {
            return text("stats.everything");
        }
        return text("stats.division", client().region(divisionCode).name(), divisionCode);
    }

    /** One dimension, largest first. */
    private void counts(String titleKey, String kind, Map<String, Long> counts, long total) {
        if (counts.isEmpty()) {
            return;
        }
        out().println();
        Table table = new Table(text(titleKey), text("column.count"), text("column.share")).alignRight(1)
                .alignRight(2);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(count -> table.row(label(kind, count.getKey()), count.getValue(),
                        share(count.getValue(), total)));
        table.print(out());
    }

    private static String share(long count, long total) {
        return total == 0 ? "" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
    }
}
