package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.identity.Caller;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data bureau's review queue (审核): resources submitted for review, oldest first, each published or rejected
 * with a reason. The catalog decides (only ADMIN publishes, the version must be the one reviewed, a rejection needs
 * its reason); the page shows its refusals like any other.
 */
@Controller
class ReviewController {

    private static final int QUEUE = 50;

    private final CatalogApi catalog;

    ReviewController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/console/reviews")
    @PreAuthorize("hasRole('ADMIN')")
    String queue(Caller caller, Model model) {
        SearchResult submitted = catalog.search(caller, new SearchQuery(null,
                Map.of(Facet.STATE, List.of(LifecycleState.SUBMITTED.name())), List.of(), Sort.UPDATED, 0, QUEUE));
        // the index follows commits a moment later: show only what is still waiting
        List<DataResource> waiting = submitted.hits().stream()
                .map(hit -> catalog.find(caller, hit.resource().code()).orElse(hit.resource()))
                .filter(r -> r.state() == LifecycleState.SUBMITTED)
                .sorted(java.util.Comparator.comparing(DataResource::updatedAt))
                .toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("total", submitted.total());
        return "portal/reviews";
    }

    @PostMapping("/console/reviews/{code}/publish")
    @PreAuthorize("hasRole('ADMIN')")
    String publish(Caller caller, @PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
        DataResource published = catalog.publish(caller, code, version);
        redirect.addFlashAttribute("done", "published");
        redirect.addFlashAttribute("doneTitle", published.title());
        return "redirect:/console/reviews";
    }

    @PostMapping("/console/reviews/{code}/reject")
    @PreAuthorize("hasRole('ADMIN')")
    String reject(Caller caller, @PathVariable String code, @RequestParam long version,
            @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        DataResource rejected = catalog.reject(caller, code, version, reason == null ? "" : reason);
        redirect.addFlashAttribute("done", "rejected");
        redirect.addFlashAttribute("doneTitle", rejected.title());
        return "redirect:/console/reviews";
    }
}
