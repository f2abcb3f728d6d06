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
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: one search box, headline figures, themes, the newest datasets and charts of open data by level,
 * city and theme. One catalog search gives the figures, the newest datasets and every chart's counts.
 */
@Controller
class HomeController {

    private static final int NEWEST = 8;

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final FacetCounts facets;
    private final Labels labels;
    private final HeadlineFigures figures;

    HomeController(CatalogApi catalog, IdentityApi identity, FacetCounts facets, Labels labels,
            HeadlineFigures figures) {
        this.catalog = catalog;
        this.identity = identity;
        this.facets = facets;
        this.labels = labels;
        this.figures = figures;
    }

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String home(Caller caller, Model model) {
        SearchResult open = catalog.search(caller, new SearchQuery(null, Map.of(),
                List.of(Facet.LEVEL, Facet.THEME, Facet.DIVISION, Facet.ORGANIZATION, Facet.OPENING,
                        Facet.HIGH_QUALITY),
                Sort.UPDATED, 0, NEWEST));
        Map<String, Long> themes = open.facets().getOrDefault(Facet.THEME, Map.of());
        model.addAttribute("total", open.total());
        model.addAttribute("unconditional", open.facets().getOrDefault(Facet.OPENING, Map.of())
                .getOrDefault("UNCONDITIONAL", 0L));
        model.addAttribute("highQuality", open.facets().getOrDefault(Facet.HIGH_QUALITY, Map.of())
                .getOrDefault("true", 0L));
        model.addAttribute("organizations", identity.organizations().size());
        HeadlineFigures.Figures kept = figures.get();
        model.addAttribute("records", kept.records());
        model.addAttribute("readsThisMonth", kept.readsThisMonth());
        model.addAttribute("newest", open.hits());
        model.addAttribute("themes", java.util.Arrays.stream(Theme.values())
                .map(t -> new CountLink(labels.of(Facet.THEME, t.name()), "/search?theme=" + t.name(),
                        themes.getOrDefault(t.name(), 0L)))
                .toList());
        model.addAttribute("levelChart", facets.chart(open, Facet.LEVEL, "bar",
                labels.message("home.chart.level", "level"), 5));
        model.addAttribute("cityChart", facets.chart(open, Facet.DIVISION, "bar",
                labels.message("home.chart.city", "city"), 20));
        model.addAttribute("themeChart", facets.chart(open, Facet.THEME, "pie",
                labels.message("home.chart.theme", "theme"), 23));
        return "portal/home";
    }
}
