package io.jingchu.hub.portal.web;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.DatasetVersions;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.query.QueryApi;
import io.jingchu.hub.query.RowsAnswer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A dataset's page: metadata, field dictionary, versions and history, quality, downloads, API calls, a live
 * preview of its rows through the query module, filtered, sorted and paged on the server, and a chart builder
 * over the same selection. The preview's and the chart's links and forms carry htmx attributes: with
 * {@code HX-Request} the same address answers the preview alone (or the chart, when htmx targets it), without it
 * the whole page, so every state of the page is an address one can share.
 */
@Controller
class DatasetController {

    private final CatalogApi catalog;
    private final AccessApi access;
    private final DatasetVersions versions;
    private final IngestApi ingest;
    private final QueryApi query;
    private final Forms forms;
    private final ApiCalls apiCalls;
    private final Labels labels;
    private final ChartBuilder charts;

    DatasetController(CatalogApi catalog, AccessApi access, DatasetVersions versions, IngestApi ingest,
            QueryApi query, Forms forms, ApiCalls apiCalls, Labels labels, ChartBuilder charts) {
        this.labels = labels;
        this.charts = charts;
        this.catalog = catalog;
        this.access = access;
        this.versions = versions;
        this.ingest = ingest;
        this.query = query;
        this.forms = forms;
        this.apiCalls = apiCalls;
    }

    @GetMapping("/datasets/{code}")
    @PreAuthorize("permitAll()")
    String dataset(Caller caller, @PathVariable String code, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-Target", required = false) @Nullable String target, HttpServletRequest request,
            Model model) {
        DataResource resource = catalog.get(caller, code);
        Preview preview = Preview.read(resource.code(), params);
        ChartRequest chart = ChartRequest.read(params);
        // the whole page lists the versions (newest first) anyway; a fragment needs only the newest
        List<DatasetVersion> all = htmx == null ? versions.list(resource.code()) : List.of();
        Optional<DatasetVersion> latest = htmx == null ? all.stream().findFirst() : versions.latest(resource.code());
        boolean chartOnly = htmx != null && "chart".equals(target);
        model.addAttribute("resource", resource);
        model.addAttribute("preview", preview);
        model.addAttribute("chart", chart);
        model.addAttribute("operators", Preview.OPERATORS);
        model.addAttribute("chartKinds", ChartRequest.KINDS);
        model.addAttribute("aggregates", ChartRequest.AGGREGATES);
        model.addAttribute("hasData", latest.isPresent());
        model.addAttribute("htmx", htmx != null);
        if (latest.isPresent() && readable(caller, resource, model)) {
            if (!chartOnly) {
                previewRows(caller, resource, latest.get(), preview, request, model);
                if (PointMap.of(latest.get().fields()).isPresent()) {
                    model.addAttribute("mapUrl", preview.pointsUrl());
                    model.addAttribute("mapLimit", PointMap.POINTS);
                }
            }
            if (chart != null) {
                drawChart(caller, resource, preview, chart, request, model);
            }
        }
        if (htmx != null) {
            return chartOnly ? "portal/dataset :: chart" : "portal/dataset :: preview";
        }
        model.addAttribute("divisionName", labels.of(Facet.DIVISION, resource.divisionCode()));
        model.addAttribute("versions", all);
        model.addAttribute("history", catalog.history(caller, resource));
        model.addAttribute("report", latest.filter(v -> seesReports(caller, resource))
                .map(v -> ingest.report(caller, resource.code(), v.number())).orElse(null));
        model.addAttribute("calls", apiCalls.of(resource.code(), !caller.isAnonymous()));
        return "portal/dataset";
    }

    /**
     * The points of the page's map: the first rows of the preview's selection with coordinates, as JSON for the
     * page's script. Refused like the preview ({@code NO_COORDINATES} when the fields hold none).
     */
    @GetMapping(path = "/datasets/{code}/map", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("permitAll()")
    @ResponseBody
    PointMap.Points map(Caller caller, @PathVariable String code, @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        DataResource resource = catalog.get(caller, code);
        PointMap map = PointMap.of(versions.latest(resource.code()).map(DatasetVersion::fields)
                .orElse(resource.fields())).orElseThrow(() -> DomainException.of(ErrorCode.NO_COORDINATES));
        return map.points(query, caller, request.getRemoteAddr(), Preview.read(resource.code(), params));
    }

    @PostMapping("/datasets/{code}/applications")
    @PreAuthorize("isAuthenticated()")
    String apply(Caller caller, @PathVariable String code, @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String wishedUntil, RedirectAttributes redirect) {
        access.apply(caller, code, purpose, Forms.date(wishedUntil, "wishedUntil"));
        redirect.addFlashAttribute("applied", true);
        return "redirect:/datasets/{code}";
    }

    /** Whether the caller may read the rows, asked without recording a read; if not, why, for the page. */
    private boolean readable(Caller caller, DataResource resource, Model model) {
        try {
            access.authorizeRead(caller, resource);
            return true;
        } catch (DomainException refused) {
            model.addAttribute("refusal", refused.code().name());
            model.addAttribute("refusalMessage", message(refused));
            return false;
        }
    }

    /** The page of rows the preview shows, or why the filter does not fit its field. */
    private void previewRows(Caller caller, DataResource resource, DatasetVersion latest, Preview preview,
            HttpServletRequest request, Model model) {
        try {
            RowsAnswer rows = query.rows(caller, request.getRemoteAddr(), resource, latest, preview.rowParameters());
            long total = rows.total() == null ? rows.rows().size() : rows.total().value();
            model.addAttribute("rows", rows);
            model.addAttribute("extensions", query.exportExtensions(latest.fields()));
            model.addAttribute("total", total);
            model.addAttribute("pages", PageCount.of(total, Preview.PAGE_SIZE));
        } catch (DomainException invalid) {
            model.addAttribute("previewError", message(invalid));
        }
    }

    /** The chart the builder asks for, over the preview's selection, or why it cannot be drawn. */
    private void drawChart(Caller caller, DataResource resource, Preview preview, ChartRequest chart,
            HttpServletRequest request, Model model) {
        try {
            model.addAttribute("chartSpec", charts.chart(caller, request.getRemoteAddr(), resource.code(), preview,
                    chart));
        } catch (DomainException invalid) {
            model.addAttribute("chartError", message(invalid));
        }
    }

    private String message(DomainException e) {
        return forms.message(e);
    }

    /** The owning organization's publisher, the bureau and auditors see load reports (as in {@code ingest}). */
    private static boolean seesReports(Caller caller, DataResource resource) {
        return caller.actsFor(resource.organizationId()) || caller.has(Role.AUDITOR);
    }
}
