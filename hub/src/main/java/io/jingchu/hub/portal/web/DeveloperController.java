package io.jingchu.hub.portal.web;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.UsageSummary;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.identity.ApiToken;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IssuedToken;
import io.jingchu.hub.identity.TokenApi;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
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
 * 开发者中心: a signed-in user's API tokens (issued with a name and an optional last day, the token shown once;
 * listed; revoked), the data reads per day over the last month as a chart, today's quota left, and the way to the
 * API's documentation. Tokens are {@code identity}'s, usage is {@code access}'s; the page shows what they answer.
 */
@Controller
class DeveloperController {

    /** Days of usage on the chart, today included. */
    static final int USAGE_DAYS = 30;
    /** A token asked to work "until" a day works to that day's end in China Standard Time, the hub's day. */
    static final ZoneId DAY_ZONE = ZoneId.of("Asia/Shanghai");

    private final TokenApi tokens;
    private final AccessApi access;
    private final FacetCounts charts;
    private final Labels labels;
    private final Forms forms;
    private final ApiCalls apiCalls;

    DeveloperController(TokenApi tokens, AccessApi access, FacetCounts charts, Labels labels, Forms forms,
            ApiCalls apiCalls) {
        this.tokens = tokens;
        this.access = access;
        this.charts = charts;
        this.labels = labels;
        this.forms = forms;
        this.apiCalls = apiCalls;
    }

    /** A token in the list, with whether it still works. */
    record TokenRow(ApiToken token, boolean active) {
    }

    @GetMapping("/developer")
    @PreAuthorize("isAuthenticated()")
    String developer(Caller caller, Model model) {
        Instant now = Instant.now();
        List<TokenRow> rows = tokens.list(caller).stream()
                .sorted(Comparator.comparing(ApiToken::createdAt).reversed())
                .map(t -> new TokenRow(t, t.activeAt(now))).toList();
        model.addAttribute("tokens", rows);
        UsageSummary usage = access.usage(caller, null, USAGE_DAYS);
        model.addAttribute("quota", usage.quota());
        model.addAttribute("usageTotal", usage.days().stream().mapToLong(UsageSummary.DailyCalls::calls).sum());
        model.addAttribute("usageChart", charts.chart("bar", labels.message("developer.usage.chart", "calls"),
                usage.days().stream().map(d -> d.day().toString().substring(5)).toList(),
                usage.days().stream().map(UsageSummary.DailyCalls::calls).toList()));
        return "portal/developer";
    }

    @PostMapping("/developer/tokens")
    @PreAuthorize("isAuthenticated()")
    String issue(Caller caller, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String expiresAt, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        IssuedToken issued;
        try {
            LocalDate last = Forms.date(expiresAt, "expiresAt");
            issued = tokens.issue(caller, name, last == null ? null
                    : last.plusDays(1).atStartOfDay(DAY_ZONE).toInstant());
        } catch (DomainException refused) {
            // the form comes back with what was typed and the refusal beside its field
            model.addAttribute("errors", forms.errors(refused, response));
            model.addAttribute("typedName", name);
            model.addAttribute("typedExpiresAt", expiresAt);
            return developer(caller, model);
        }
        // shown once, on the page the redirect leads to; only its hash is kept
        redirect.addFlashAttribute("issued", issued);
        redirect.addFlashAttribute("firstCall", apiCalls.firstCall(issued.token()));
        return "redirect:/developer";
    }

    @PostMapping("/developer/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(caller, id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/developer";
    }
}
