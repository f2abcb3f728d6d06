package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Sensitivity;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.UpdateFrequency;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发布者控制台: a publisher's organization's resources, registered and edited through a form with a field-schema
 * editor, and submitted for review. The form checks itself as it is filled in: every change is sent (htmx) to
 * {@code /console/resources/check}, which asks the catalog's rules and answers the form again with each refusal
 * beside its field; without script the same refusals come back when the form is saved. The field rows are added
 * and removed by the form's own buttons ({@code rows=add}, {@code rows=remove-2}), answered the same two ways.
 */
@Controller
class ResourceConsoleController {

    /** The most a search answers in one page. */
    private static final int LISTED = 100;
    /** The states from which a resource can be submitted for review. */
    private static final Set<LifecycleState> SUBMITTABLE = Set.of(LifecycleState.DRAFT, LifecycleState.REJECTED);

    private final CatalogApi catalog;
    private final Forms forms;

    ResourceConsoleController(CatalogApi catalog, Forms forms) {
        this.catalog = catalog;
        this.forms = forms;
    }

    @GetMapping("/console/resources")
    @PreAuthorize("hasRole('PUBLISHER')")
    String list(Caller caller, Model model) {
        var own = catalog.search(caller, new SearchQuery(null,
                Map.of(Facet.ORGANIZATION, List.of(String.valueOf(caller.organizationId()))), List.of(), Sort.UPDATED,
                0, LISTED));
        // the index follows commits a moment later: show each resource as it is now
        model.addAttribute("resources", own.hits().stream()
                .map(hit -> catalog.find(caller, hit.resource().code()).orElse(hit.resource()))
                .sorted(Comparator.comparing(DataResource::updatedAt).reversed()).toList());
        model.addAttribute("total", own.total());
        return "portal/console-resources";
    }

    @GetMapping("/console/resources/new")
    @PreAuthorize("hasRole('PUBLISHER')")
    String blank(Model model) {
        return page(model, ResourceForm.blank(), null);
    }

    @GetMapping("/console/resources/{code}")
    @PreAuthorize("hasRole('PUBLISHER')")
    String edit(Caller caller, @PathVariable String code, Model model) {
        DataResource resource = own(caller, code);
        return page(model, ResourceForm.of(resource), resource);
    }

    /** The form checked as it stands, for htmx: only the form, with the rules' refusals beside their fields. */
    @PostMapping("/console/resources/check")
    @PreAuthorize("hasRole('PUBLISHER')")
    String check(Caller caller, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) @Nullable String editing, Model model) {
        ResourceForm form = withRowEdits(ResourceForm.read(params), params);
        model.addAttribute("errors", forms.errors(catalog.check(form.draft(caller.organizationId()))));
        page(model, form, editing == null || editing.isBlank() ? null : own(caller, editing));
        return "portal/console-resource :: form";
    }

    @PostMapping("/console/resources")
    @PreAuthorize("hasRole('PUBLISHER')")
    String register(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ResourceForm form = ResourceForm.read(params);
        if (params.containsKey("rows")) {
            return page(model, withRowEdits(form, params), null);
        }
        try {
            DataResource registered = catalog.register(caller, form.draft(null));
            return saved(registered, redirect);
        } catch (DomainException refused) {
            model.addAttribute("errors", forms.errors(refused, response));
            return page(model, form, null);
        }
    }

    @PostMapping("/console/resources/{code}")
    @PreAuthorize("hasRole('PUBLISHER')")
    String update(Caller caller, @PathVariable String code, @RequestParam long version,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        DataResource current = own(caller, code);
        ResourceForm form = ResourceForm.read(params);
        if (params.containsKey("rows")) {
            return page(model, withRowEdits(form, params), current);
        }
        try {
            return saved(catalog.update(caller, code, version, form.draft(null)), redirect);
        } catch (DomainException refused) {
            model.addAttribute("errors", forms.errors(refused, response));
            return page(model, form, current);
        }
    }

    @PostMapping("/console/resources/{code}/submit")
    @PreAuthorize("hasRole('PUBLISHER')")
    String submit(Caller caller, @PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
        DataResource submitted = catalog.submit(caller, code, version);
        redirect.addFlashAttribute("done", "submitted");
        return "redirect:/console/resources/" + submitted.code();
    }

    private static String saved(DataResource resource, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", "saved");
        return "redirect:/console/resources/" + resource.code();
    }

    /** A resource of the caller's own organization; another's is refused as the catalog would refuse its edit. */
    private DataResource own(Caller caller, String code) {
        DataResource resource = catalog.get(caller, code);
        if (!caller.actsFor(resource.organizationId())) {
            throw DomainException.of(ErrorCode.ACCESS_DENIED);
        }
        return resource;
    }

    private static ResourceForm withRowEdits(ResourceForm form, MultiValueMap<String, String> params) {
        String rows = params.getFirst("rows");
        if (rows == null) {
            return form;
        }
        Integer remove = null;
        if (rows.startsWith("remove-")) {
            try {
                remove = Integer.parseInt(rows.substring("remove-".length()));
            } catch (NumberFormatException e) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, "rows");
            }
        }
        return form.withRows(remove, "add".equals(rows));
    }

    private static String page(Model model, ResourceForm form, @Nullable DataResource resource) {
        model.addAttribute("form", form);
        model.addAttribute("resource", resource);
        model.addAttribute("submittable", resource != null && SUBMITTABLE.contains(resource.state()));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("frequencies", UpdateFrequency.values());
        model.addAttribute("grades", SecurityGrade.values());
        model.addAttribute("sensitivities", Sensitivity.values());
        model.addAttribute("sharings", SharingAttribute.values());
        model.addAttribute("openings", OpeningAttribute.values());
        model.addAttribute("types", FieldType.values());
        return "portal/console-resource";
    }
}
