package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: one search box, headline figures, themes, the newest datasets and charts of open data by level,
 * city and theme. One catalog search gives the figures, the newest datasets and every chart's counts; for
 * visitors not signed in they are kept until the catalog changes ({@link CatalogFigures}). Records and API calls
 * this month come from {@link HeadlineFigures}, kept for a minute.
 */
@Controller
class HomeController {

    private static final int NEWEST = 8;

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final FacetCounts facets;
    private final Labels labels;
    private final CatalogFigures kept;
    private final HeadlineFigures headline;

    HomeController(CatalogApi catalog, IdentityApi identity, FacetCounts facets, Labels labels, CatalogFigures kept,
            HeadlineFigures headline) {
        this.kept = kept;
        this.headline = headline;
        this.catalog = catalog;
        this.identity = identity;
        this.facets = facets;
        this.labels = labels;
    }

    /** What the page shows of the catalog: the same for every visitor who sees the public catalog. */
    public record Figures(long total, long unconditional, long highQuality, int organizations, List<SearchResult.Hit> newest,
            List<CountLink> themes, String levelChart, String cityChart, String themeChart) {
    }

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String home(Caller caller, Model model) {
        // signed-in callers may see more than the public catalog: theirs is counted for them
        Figures figures = caller.isAnonymous()
                ? kept.get("home:" + wordsOf(LocaleContextHolder.getLocale()), () -> figures(caller))
                : figures(caller);
        model.addAttribute("figures", figures);
        HeadlineFigures.Figures usage = headline.get();
        model.addAttribute("records", usage.records());
        model.addAttribute("readsThisMonth", usage.readsThisMonth());
        return "portal/home";
    }

    /**
     * Which words the page is in: English or, for every other language, Chinese (the portal's two bundles), so
     * that the figures are kept twice at most however visitors' languages are spelled.
     */
    private static String wordsOf(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "en" : "zh";
    }

    private Figures figures(Caller caller) {
        SearchResult open = catalog.search(caller, new SearchQuery(null, Map.of(),
                List.of(Facet.LEVEL, Facet.THEME, Facet.DIVISION, Facet.OPENING, Facet.HIGH_QUALITY),
                Sort.UPDATED, 0, NEWEST));
        Map<String, Long> themes = open.facets().getOrDefault(Facet.THEME, Map.of());
        return new Figures(open.total(),
                open.facets().getOrDefault(Facet.OPENING, Map.of()).getOrDefault("UNCONDITIONAL", 0L),
                open.facets().getOrDefault(Facet.HIGH_QUALITY, Map.of()).getOrDefault("true", 0L),
                identity.organizations().size(), open.hits(),
                java.util.Arrays.stream(Theme.values())
                        .map(t -> new CountLink(labels.of(Facet.THEME, t.name()), "/search?theme=" + t.name(),
                                themes.getOrDefault(t.name(), 0L)))
                        .toList(),
                facets.chart(open, Facet.LEVEL, "bar", labels.message("home.chart.level", "level"), 5),
                facets.chart(open, Facet.DIVISION, "bar", labels.message("home.chart.city", "city"), 20),
                facets.chart(open, Facet.THEME, "pie", labels.message("home.chart.theme", "theme"), 23));
    }
}
