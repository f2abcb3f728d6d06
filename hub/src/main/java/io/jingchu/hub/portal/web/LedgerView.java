package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.region.DivisionLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalog's "一本账" figures as the bureau's ledger page and its CSV show them: one table per dimension
 * (level, child divisions, organization, theme, grade, sharing, opening, state), each value with its count, its
 * share of the total and, where the portal's search can select that value, a link to the search narrowed to it
 * within the same division.
 */
@Component
class LedgerView {

    /** How many organizations a table and its chart list, largest first. */
    static final int ORGANIZATIONS = 50;

    private final Labels labels;
    private final FacetCounts facets;

    LedgerView(Labels labels, FacetCounts facets) {
        this.labels = labels;
        this.facets = facets;
    }

    /** One value of a dimension; {@code url} is null where the search has no such facet. */
    public record Row(String value, String label, long count, String share, @Nullable String url,
            @Nullable String drill) {
    }

    /** One dimension: its rows and the chart of them (JSON for {@code data-chart}). */
    public record Dimension(String key, String title, List<Row> rows, String chart) {
    }

    List<Dimension> dimensions(LedgerStatistics s) {
        String division = s.divisionCode();
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(dimension(s, "level", Facet.LEVEL, names(DivisionLevel.values()), s.byLevel(), "bar"));
        dimensions.add(children(s));
        List<String> organizations = s.byOrganization().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(ORGANIZATIONS).map(Map.Entry::getKey).toList();
        dimensions.add(dimension(s, "organization", Facet.ORGANIZATION, organizations, s.byOrganization(), "bar"));
        dimensions.add(dimension(s, "theme", Facet.THEME, names(Theme.values()), s.byTheme(), "pie"));
        dimensions.add(dimension(s, "grade", Facet.GRADE, names(SecurityGrade.values()), s.byGrade(), "pie"));
        dimensions.add(dimension(s, "sharing", Facet.SHARING, names(SharingAttribute.values()), s.bySharing(),
                "pie"));
        dimensions.add(dimension(s, "opening", Facet.OPENING, names(OpeningAttribute.values()), s.byOpening(),
                "pie"));
        dimensions.add(dimension(s, "state", Facet.STATE, names(LifecycleState.values()), s.byState(), "pie"));
        return dimensions;
    }

    /** The portal search narrowed to this division (all of them when null) and facet value. */
    static String search(@Nullable String division, @Nullable Facet facet, @Nullable String value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        if (division != null) {
            uri.queryParam("division", division);
        }
        if (facet != null && value != null) {
            uri.queryParam(searchParameter(facet), value);
        }
        return uri.encode().build().toUriString();
    }

    /** The ledger page of a division, the whole ledger when null. */
    static String ledger(@Nullable String division) {
        return division == null ? "/console/ledger" : "/console/ledger?division=" + division;
    }

    /** The search's parameter for a facet; sharing and state are not among its facets, so they have no link. */
    private static @Nullable String searchParameterOrNull(Facet facet) {
        return switch (facet) {
            case LEVEL, THEME, GRADE, OPENING, ORGANIZATION -> facet.name().toLowerCase(Locale.ROOT);
            case HIGH_QUALITY -> "highQuality";
            default -> null;
        };
    }

    private static String searchParameter(Facet facet) {
        String parameter = searchParameterOrNull(facet);
        if (parameter == null) {
            throw new IllegalArgumentException("the search has no facet " + facet);
        }
        return parameter;
    }

    private Dimension dimension(LedgerStatistics s, String key, Facet facet, List<String> values,
            Map<String, Long> counts, String kind) {
        boolean linked = searchParameterOrNull(facet) != null;
        List<Row> rows = values.stream().map(value -> {
            long count = counts.getOrDefault(value, 0L);
            return new Row(value, labels.of(facet, value), count, share(count, s.total()),
                    linked && count > 0 ? search(s.divisionCode(), facet, value) : null, null);
        }).toList();
        return new Dimension(key, title(key), rows, chart(kind, title(key), rows));
    }

    /** Each division directly below, its count rolled up from everything under it, leading one level down. */
    private Dimension children(LedgerStatistics s) {
        List<Row> rows = s.byChildDivision().stream()
                .map(c -> new Row(c.code(), c.name(), c.count(), share(c.count(), s.total()),
                        c.count() > 0 ? search(c.code(), null, null) : null, ledger(c.code())))
                .toList();
        return new Dimension("division", title("division"), rows, chart("bar", title("division"), rows));
    }

    private String title(String key) {
        return labels.message("ledger.by." + key, key);
    }

    private String chart(String kind, String title, List<Row> rows) {
        List<Row> drawn = rows.stream().filter(r -> r.count() > 0).toList();
        return facets.chart(kind, title, drawn.stream().map(Row::label).toList(),
                drawn.stream().map(Row::count).toList());
    }

    static String share(long count, long total) {
        return total == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
