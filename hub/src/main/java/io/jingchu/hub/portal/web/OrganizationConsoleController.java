package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.RegionApi;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 单位管理: the data bureau's list of organizations (filtered by text in their name or code, a page at a time) with
 * each one's division, and the form that registers one (code, name, division) or renames it and moves it to another
 * division (its code stays). The rules are {@code identity}'s; its refusals show beside the fields they name.
 */
@Controller
class OrganizationConsoleController {

    static final int PAGE_SIZE = 50;

    private final IdentityApi identity;
    private final IdentityAdministration administration;
    private final RegionApi regions;
    private final Forms forms;

    OrganizationConsoleController(IdentityApi identity, IdentityAdministration administration, RegionApi regions,
            Forms forms) {
        this.identity = identity;
        this.administration = administration;
        this.regions = regions;
        this.forms = forms;
    }

    /** What the form shows: what was typed or stored. */
    record OrganizationForm(String code, String name, String divisionCode) {
    }

    /** An organization in the list, with its division's name. */
    record OrganizationRow(Organization organization, String division) {
    }

    @GetMapping("/console/organizations")
    @PreAuthorize("hasRole('ADMIN')")
    String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
            Model model) {
        String text = Forms.blankToNull(q);
        // organizations are few (a province has hundreds): filtered and paged here
        List<Organization> matching = identity.organizations().stream().filter(o -> text == null
                || o.name().contains(text) || o.code().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                .toList();
        int pages = (int) PageCount.of(matching.size(), PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("organizations", matching.subList((current - 1) * PAGE_SIZE,
                Math.min(matching.size(), current * PAGE_SIZE)).stream()
                .map(o -> new OrganizationRow(o, regions.find(o.divisionCode()).map(Division::name)
                        .orElse(o.divisionCode()))).toList());
        model.addAttribute("total", matching.size());
        model.addAttribute("q", text);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        var here = UriComponentsBuilder.fromPath("/console/organizations").queryParamIfPresent("q", Optional.ofNullable(text));
        model.addAttribute("previousUrl", current == 1 ? null
                : here.cloneBuilder().queryParam("page", current - 1).encode().toUriString());
        model.addAttribute("nextUrl", current == pages ? null
                : here.cloneBuilder().queryParam("page", current + 1).encode().toUriString());
        return "portal/console-organizations";
    }

    @GetMapping("/console/organizations/new")
    @PreAuthorize("hasRole('ADMIN')")
    String blank(Model model) {
        return page(model, new OrganizationForm("", "", ""), null);
    }

    @GetMapping("/console/organizations/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable long id, Model model) {
        Organization organization = identity.getOrganization(id);
        return page(model, new OrganizationForm(organization.code(), organization.name(), organization.divisionCode()),
                organization);
    }

    @PostMapping("/console/organizations")
    @PreAuthorize("hasRole('ADMIN')")
    String create(Caller caller, @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String divisionCode, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Organization created = identity.createOrganization(caller, orEmpty(code), orEmpty(name), orEmpty(divisionCode));
            return done(redirect, "created", created);
        } catch (DomainException refused) {
            model.addAttribute("errors", forms.errors(refused, response));
            return page(model, new OrganizationForm(orEmpty(code), orEmpty(name), orEmpty(divisionCode)), null);
        }
    }

    @PostMapping("/console/organizations/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(Caller caller, @PathVariable long id, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String divisionCode, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Organization organization = identity.getOrganization(id);
        try {
            return done(redirect, "saved",
                    administration.updateOrganization(caller, id, orEmpty(name), orEmpty(divisionCode)));
        } catch (DomainException refused) {
            model.addAttribute("errors", forms.errors(refused, response));
            return page(model, new OrganizationForm(organization.code(), orEmpty(name), orEmpty(divisionCode)),
                    organization);
        }
    }

    private String page(Model model, OrganizationForm form, @Nullable Organization organization) {
        model.addAttribute("form", form);
        model.addAttribute("organization", organization);
        model.addAttribute("division", organization == null ? null
                : regions.find(organization.divisionCode()).map(Division::name).orElse(null));
        return "portal/console-organization";
    }

    private static String done(RedirectAttributes redirect, String what, Organization organization) {
        redirect.addFlashAttribute("done", what);
        return "redirect:/console/organizations/" + organization.id();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
