package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SearchResult;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.DivisionLevel;
import io.jingchu.hub.region.RegionApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The five-level drill-down (省 → 市 → 县 → 乡 → 村): a division's open datasets rolled up from everything below
 * it, each division directly below with its own rolled-up count, and the organizations placed there; and an
 * organization's page with its datasets.
 */
@Controller
class PlacesController {

    private static final int LISTED = 10;

    private final CatalogApi catalog;
    private final RegionApi regions;
    private final IdentityApi identity;
    private final FacetCounts facets;

    PlacesController(CatalogApi catalog, RegionApi regions, IdentityApi identity, FacetCounts facets) {
        this.catalog = catalog;
        this.regions = regions;
        this.identity = identity;
        this.facets = facets;
    }

    @GetMapping("/divisions")
    @PreAuthorize("permitAll()")
    String provinces(Model model) {
        List<Division> roots = regions.roots();
        if (roots.size() == 1) {
            return "redirect:/divisions/" + roots.get(0).code();
        }
        model.addAttribute("roots", roots);
        return "portal/provinces";
    }

    @GetMapping("/divisions/{code}")
    @PreAuthorize("permitAll()")
    String division(Caller caller, @PathVariable String code, Model model) {
        if (!DivisionCodes.isValid(code)) {
            throw DomainException.onField(ErrorCode.REGION_NOT_FOUND, "code", code);
        }
        Division division = regions.get(code);
        SearchResult within = catalog.search(caller, new SearchQuery(null, Map.of(Facet.DIVISION, List.of(code)),
                List.of(Facet.DIVISION, Facet.ORGANIZATION, Facet.THEME), Sort.UPDATED, 0, LISTED));
        Map<String, Long> byChild = within.facets().getOrDefault(Facet.DIVISION, Map.of());
        Map<String, Long> byOrganization = within.facets().getOrDefault(Facet.ORGANIZATION, Map.of());
        List<Organization> organizations = identity.organizations();
        // each division directly below, with the open datasets of it and everything under it
        List<CountLink> children = new ArrayList<>();
        for (Division child : regions.children(code)) {
            children.add(new CountLink(child.name(), "/divisions/" + child.code(),
                    childCount(caller, child, byChild, organizations)));
        }
        model.addAttribute("division", division);
        model.addAttribute("ancestors", regions.ancestors(code));
        model.addAttribute("total", within.total());
        model.addAttribute("children", children);
        model.addAttribute("organizations", organizations.stream().filter(o -> o.divisionCode().equals(code))
                .map(o -> new CountLink(o.name(), "/organizations/" + o.id(),
                        byOrganization.getOrDefault(Long.toString(o.id()), 0L)))
                .toList());
        model.addAttribute("newest", within.hits());
        model.addAttribute("themeChart", facets.chart(within, Facet.THEME, "pie", division.name(), 23));
        return "portal/division";
    }

    @GetMapping("/organizations/{id}")
    @PreAuthorize("permitAll()")
    String organization(Caller caller, @PathVariable long id, Model model) {
        Organization organization = identity.getOrganization(id);
        SearchResult own = catalog.search(caller, new SearchQuery(null,
                Map.of(Facet.ORGANIZATION, List.of(Long.toString(id))), List.of(Facet.THEME, Facet.OPENING),
                Sort.UPDATED, 0, 20));
        Division division = regions.get(organization.divisionCode());
        List<Division> path = new ArrayList<>(regions.ancestors(division.code()));
        path.add(division);
        model.addAttribute("organization", organization);
        model.addAttribute("path", path);
        model.addAttribute("result", own);
        model.addAttribute("themeChart", facets.chart(own, Facet.THEME, "pie", organization.name(), 23));
        return "portal/organization";
    }

    /**
     * The catalog's division facet counts cities, counties and townships; below a township (villages) only the
     * villages that hold an organization can have datasets, and each of those is counted by its own search.
     */
    private long childCount(Caller caller, Division child, Map<String, Long> byChild, List<Organization> organizations) {
        if (child.level() != DivisionLevel.VILLAGE) {
            return byChild.getOrDefault(child.code(), 0L);
        }
        boolean holds = organizations.stream().anyMatch(o -> o.divisionCode().equals(child.code()));
        if (!holds) {
            return 0;
        }
        return catalog.search(caller, new SearchQuery(null, Map.of(Facet.DIVISION, List.of(child.code())),
                List.of(), Sort.RELEVANCE, 0, 1)).total();
    }
}
