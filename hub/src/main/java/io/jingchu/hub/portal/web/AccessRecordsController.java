package io.jingchu.hub.portal.web;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.AccessRecord;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.access.Page;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 数据访问记录: every recorded read of data, newest first, filtered by resource, user, kind, API token and days,
 * paged; a read that came with a token names it, leading to that token's reads. Who sees what is {@code access}'s
 * rule: the bureau and auditors everything with the client's address, a publisher its own organization's resources
 * without addresses, anyone else nothing.
 */
@Controller
class AccessRecordsController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DeveloperController.DAY_ZONE);

    private final AccessApi access;
    private final Labels labels;

    AccessRecordsController(AccessApi access, Labels labels) {
        this.access = access;
        this.labels = labels;
    }

    /** A record as the table shows it: its time in the hub's day and its organization by name. */
    public record Line(AccessRecord record, String time, String organization) {
    }

    @GetMapping("/console/access-records")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'PUBLISHER')")
    String records(Caller caller, @RequestParam(required = false) @Nullable String resource,
            @RequestParam(required = false) @Nullable String user,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        AccessRecordFilter filter = AccessRecordFilter.of(resource, user, kind, token, from, to, page);
        Page<AccessRecord> records = access.accessRecords(caller, filter.query());
        long pages = PageCount.of(records.total(), AccessRecordFilter.PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", List.of(AccessKind.values()));
        model.addAttribute("total", records.total());
        model.addAttribute("lines", records.items().stream().map(r -> new Line(r, TIME.format(r.accessedAt()),
                r.organizationId() == null ? "" : labels.of(Facet.ORGANIZATION, r.organizationId().toString())))
                .toList());
        model.addAttribute("addresses", caller.has(Role.ADMIN) || caller.has(Role.AUDITOR));
        model.addAttribute("pages", pages);
        model.addAttribute("previous", filter.page() > 1 ? filter.url(filter.page() - 1) : null);
        model.addAttribute("next", filter.page() < pages ? filter.url(filter.page() + 1) : null);
        return htmx != null ? "portal/access-records :: records" : "portal/access-records";
    }
}
