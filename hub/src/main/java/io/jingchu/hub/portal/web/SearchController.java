package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.identity.Caller;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: Chinese full text with facets, highlighted snippets, sort and paging, every bit of it in the
 * URL. Snippets come from the catalog's highlighter, which escapes all text and adds only {@code <em>}.
 */
@Controller
class SearchController {

    private static final int FACET_VALUES = 12;

    private final CatalogApi catalog;
    private final FacetCounts facets;
    private final Labels labels;

    SearchController(CatalogApi catalog, FacetCounts facets, Labels labels) {
        this.catalog = catalog;
        this.facets = facets;
        this.labels = labels;
    }

    /** A facet on the page: its parameter, its title and its values. */
    public record FacetView(String parameter, String title, List<FacetCounts.Value> values) {
    }

    /** A sort the visitor can switch to. */
    public record SortLink(String name, String label, String url, boolean current) {
    }

    @GetMapping("/search")
    @PreAuthorize("permitAll()")
    String search(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model) {
        SearchState state = SearchState.read(params);
        SearchResult result = catalog.search(caller, state.query());
        List<FacetView> views = new ArrayList<>();
        SearchState.PARAMETERS.forEach((facet, parameter) -> views.add(new FacetView(parameter,
                labels.message("facet." + facet.name(), facet.name()),
                facets.values(result, facet, FACET_VALUES, (value, chosen) -> state.toggle(facet, value),
                        value -> state.selected(facet, value)))));
        List<SortLink> sorts = new ArrayList<>();
        for (Sort sort : List.of(Sort.RELEVANCE, Sort.UPDATED, Sort.TITLE)) {
            sorts.add(new SortLink(sort.name(), labels.message("sort." + sort.name(), sort.name()),
                    state.sorted(sort), sort == state.sort()));
        }
        long pages = PageCount.of(result.total(), SearchState.PAGE_SIZE);
        model.addAttribute("state", state);
        model.addAttribute("result", result);
        model.addAttribute("facets", views);
        model.addAttribute("sorts", sorts);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", state.page() > 1 ? state.atPage(state.page() - 1) : null);
        model.addAttribute("nextUrl", state.page() < pages ? state.atPage(state.page() + 1) : null);
        model.addAttribute("chosen", chosen(state));
        return "portal/search";
    }

    /** The filters in force, each with the link that takes it away. */
    private List<FacetCounts.Value> chosen(SearchState state) {
        List<FacetCounts.Value> chosen = new ArrayList<>();
        state.filters().forEach((facet, values) -> values.forEach(v -> chosen.add(
                new FacetCounts.Value(v, labels.of(facet, v), 0, true, state.toggle(facet, v)))));
        return chosen;
    }
}
