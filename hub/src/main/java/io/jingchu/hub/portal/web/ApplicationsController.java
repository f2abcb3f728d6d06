package io.jingchu.hub.portal.web;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ApplicationQuery;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.access.Page;
import io.jingchu.hub.identity.Caller;
import java.util.List;
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
 * Applications for conditionally open data (有条件开放申请) on the web: a signed-in user's own, and for a
 * provider's publisher (or the bureau) those waiting for its decision, approved or refused with a reason. Who may
 * decide which is {@code access}'s rule; the page shows its refusals like any other.
 */
@Controller
class ApplicationsController {

    private final AccessApi access;

    ApplicationsController(AccessApi access) {
        this.access = access;
    }

    @GetMapping("/applications")
    @PreAuthorize("isAuthenticated()")
    String applications(Caller caller, Model model) {
        List<AccessApplication> visible = access.applications(caller,
                new ApplicationQuery(null, null, 0, Page.MAX_LIMIT)).items();
        model.addAttribute("mine", visible.stream().filter(a -> a.applicantId() == caller.userId()).toList());
        model.addAttribute("waiting", visible.stream()
                .filter(a -> a.state() == ApplicationState.PENDING && caller.actsFor(a.organizationId())).toList());
        return "portal/applications";
    }

    @PostMapping("/applications/{id}/approve")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    String approve(Caller caller, @PathVariable long id, @RequestParam(required = false) @Nullable String comment,
            RedirectAttributes redirect) {
        AccessApplication approved = access.approve(caller, id, null, Forms.blankToNull(comment));
        redirect.addFlashAttribute("done", "approved");
        redirect.addFlashAttribute("doneTitle", approved.resourceTitle());
        return "redirect:/applications";
    }

    @PostMapping("/applications/{id}/refuse")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    String refuse(Caller caller, @PathVariable long id, @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        AccessApplication refused = access.refuse(caller, id, Forms.blankToNull(reason));
        redirect.addFlashAttribute("done", "refused");
        redirect.addFlashAttribute("doneTitle", refused.resourceTitle());
        return "redirect:/applications";
    }
}
