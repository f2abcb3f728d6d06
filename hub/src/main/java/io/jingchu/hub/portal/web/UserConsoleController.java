package io.jingchu.hub.portal.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.common.web.Problems.FieldError;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.identity.UserPage;
import io.jingchu.hub.identity.UserQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 用户管理: the data bureau's list of users (filtered by organization, role and text, a page at a time; with
 * {@code HX-Request} the list alone), and a user's forms: made with a password typed twice, changed (display name,
 * roles, organization), disabled and re-enabled, given a new password typed twice. The rules are {@code identity}'s;
 * its refusals show beside the fields they name. A password is never shown, not even back in a refused form.
 */
@Controller
class UserConsoleController {

    static final int PAGE_SIZE = 20;

    private final IdentityApi identity;
    private final IdentityAdministration administration;
    private final Forms forms;
    private final Labels labels;

    UserConsoleController(IdentityApi identity, IdentityAdministration administration, Forms forms, Labels labels) {
        this.identity = identity;
        this.administration = administration;
        this.forms = forms;
        this.labels = labels;
    }

    /** What the user form shows: what was typed or stored, never a password. */
    record UserForm(String username, String displayName, Set<Role> roles, @Nullable Long organizationId) {

        static UserForm blank() {
            return new UserForm("", "", Set.of(), null);
        }

        static UserForm of(UserAccount user) {
            return new UserForm(user.username(), user.displayName(), user.roles(), user.organizationId());
        }
    }

    /** A user in the list, with its organization's name. */
    record UserRow(UserAccount user, @Nullable String organization) {
    }

    @GetMapping("/console/users")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Caller caller, @RequestParam(required = false) @Nullable Long organization,
            @RequestParam(required = false) @Nullable Role role, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        String text = Forms.blankToNull(q);
        UserPage found = administration.users(caller,
                new UserQuery(organization, role, text, Math.max(page, 1) - 1, PAGE_SIZE));
        Map<Long, String> names = identity.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Organization::name));
        model.addAttribute("users", found.users().stream()
                .map(u -> new UserRow(u, u.organizationId() == null ? null : names.get(u.organizationId()))).toList());
        model.addAttribute("found", found);
        model.addAttribute("organization", organization);
        model.addAttribute("role", role);
        model.addAttribute("q", text);
        model.addAttribute("page", found.page() + 1);
        var here = UriComponentsBuilder.fromPath("/console/users").queryParamIfPresent("organization",
                Optional.ofNullable(organization)).queryParamIfPresent("role", Optional.ofNullable(role))
                .queryParamIfPresent("q", Optional.ofNullable(text));
        model.addAttribute("previousUrl", found.page() == 0 ? null
                : here.cloneBuilder().queryParam("page", found.page()).encode().toUriString());
        model.addAttribute("nextUrl", found.page() + 1 >= found.pages() ? null
                : here.cloneBuilder().queryParam("page", found.page() + 2).encode().toUriString());
        choices(model);
        return htmx != null ? "portal/console-users :: list" : "portal/console-users";
    }

    @GetMapping("/console/users/new")
    @PreAuthorize("hasRole('ADMIN')")
    String blank(Model model) {
        return page(model, UserForm.blank(), null);
    }

    @GetMapping("/console/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = user(id);
        return page(model, UserForm.of(user), user);
    }

    @PostMapping("/console/users")
    @PreAuthorize("hasRole('ADMIN')")
    String create(Caller caller, @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String displayName,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String passwordRepeat,
            @RequestParam(required = false) @Nullable Set<Role> roles,
            @RequestParam(required = false) @Nullable Long organizationId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null ? Set.of() : roles;
        UserForm typed = new UserForm(orEmpty(username), orEmpty(displayName), chosen, organizationId);
        if (!sameTwice(password, passwordRepeat, model, response)) {
            return page(model, typed, null);
        }
        try {
            UserAccount created = identity.createUser(caller, orEmpty(username), displayName, chars(password), chosen,
                    organizationId);
            return done(redirect, "created", created);
        } catch (DomainException refused) {
            model.addAttribute("errors", forms.errors(refused, response));
            return page(model, typed, null);
        }
    }

    @PostMapping("/console/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(Caller caller, @PathVariable long id, @RequestParam(required = false) @Nullable String displayName,
            @RequestParam(required = false) @Nullable Set<Role> roles,
            @RequestParam(required = false) @Nullable Long organizationId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UserAccount user = user(id);
        Set<Role> chosen = roles == null ? Set.of() : roles;
        try {
            return done(redirect, "saved", administration.updateUser(caller, id, displayName, chosen, organizationId));
        } catch (DomainException refused) {
            model.addAttribute("errors", forms.errors(refused, response));
            return page(model, new UserForm(user.username(), orEmpty(displayName), chosen, organizationId), user);
        }
    }

    @PostMapping("/console/users/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    String disable(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        return done(redirect, "disabled", administration.setEnabled(caller, id, false));
    }

    @PostMapping("/console/users/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    String enable(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        return done(redirect, "enabled", administration.setEnabled(caller, id, true));
    }

    @PostMapping("/console/users/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    String resetPassword(Caller caller, @PathVariable long id,
            @RequestParam(required = false) @Nullable String password,
            @RequestParam(required = false) @Nullable String passwordRepeat, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UserAccount user = user(id);
        if (sameTwice(password, passwordRepeat, model, response)) {
            try {
                administration.resetPassword(caller, id, chars(password));
                return done(redirect, "password", user);
            } catch (DomainException refused) {
                model.addAttribute("errors", forms.errors(refused, response));
            }
        }
        return page(model, UserForm.of(user), user);
    }

    /** Whether the password was typed the same twice; if not, the refusal beside the second input. */
    private boolean sameTwice(@Nullable String password, @Nullable String repeat, Model model,
            HttpServletResponse response) {
        if (orEmpty(password).equals(orEmpty(repeat))) {
            return true;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", Map.of("passwordRepeat", new FieldError("passwordRepeat",
                ErrorCode.FIELD_INVALID.name(), labels.message("users.passwordMismatch", "passwordRepeat"))));
        return false;
    }

    private String page(Model model, UserForm form, @Nullable UserAccount user) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        choices(model);
        return "portal/console-user";
    }

    private void choices(Model model) {
        model.addAttribute("allRoles", EnumSet.allOf(Role.class));
        model.addAttribute("organizations", identity.organizations());
    }

    private static String done(RedirectAttributes redirect, String what, UserAccount user) {
        redirect.addFlashAttribute("done", what);
        return "redirect:/console/users/" + user.id();
    }

    private UserAccount user(long id) {
        return administration.user(id).orElseThrow(() -> DomainException.onField(ErrorCode.USER_NOT_FOUND, "id", id));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static char[] chars(@Nullable String password) {
        return orEmpty(password).toCharArray();
    }
}
