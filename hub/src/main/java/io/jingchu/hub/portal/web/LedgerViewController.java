package io.jingchu.hub.portal.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.export.CsvRowsWriter;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.RegionApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data bureau's "一本账" views: the catalog's figures for the whole ledger or one division and everything
 * below it, one table and chart per dimension, drill-down one level at a time (省 → 市 → 县 → 乡 → 村) with
 * breadcrumbs back up, and the same view as CSV. The catalog counts every resource whatever its state; the
 * links lead to the portal's search, which shows only what the search lets the caller see.
 */
@Controller
class LedgerViewController {

    private final CatalogApi catalog;
    private final RegionApi regions;
    private final LedgerView view;
    private final Labels labels;

    LedgerViewController(CatalogApi catalog, RegionApi regions, LedgerView view, Labels labels) {
        this.catalog = catalog;
        this.regions = regions;
        this.view = view;
        this.labels = labels;
    }

    @GetMapping("/console/ledger")
    @PreAuthorize("hasRole('ADMIN')")
    String ledger(Caller caller, @RequestParam(required = false) @Nullable String division,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        LedgerStatistics statistics = catalog.statistics(caller, Forms.blankToNull(division));
        String code = statistics.divisionCode();
        List<Division> path = new ArrayList<>();
        if (code != null) {
            path.addAll(regions.ancestors(code));
            path.add(regions.get(code));
        }
        model.addAttribute("statistics", statistics);
        model.addAttribute("path", path);
        model.addAttribute("place", path.isEmpty() ? labels.message("ledger.all", "all") : path.get(path.size() - 1)
                .name());
        model.addAttribute("dimensions", view.dimensions(statistics));
        model.addAttribute("totalUrl", LedgerView.search(code, null, null));
        model.addAttribute("highQualityUrl", LedgerView.search(code, Facet.HIGH_QUALITY, "true"));
        model.addAttribute("csvUrl", "/console/ledger.csv" + (code == null ? "" : "?division=" + code));
        return htmx != null ? "portal/ledger :: view" : "portal/ledger";
    }

    @GetMapping("/console/ledger.csv")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<byte[]> csv(Caller caller, @RequestParam(required = false) @Nullable String division) {
        LedgerStatistics statistics = catalog.statistics(caller, Forms.blankToNull(division));
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"total", "", labels.message("ledger.total", "total"), statistics.total(),
                LedgerView.share(statistics.total(), statistics.total())});
        rows.add(new Object[] {"highQuality", "true", labels.message("ledger.highQuality", "high quality"),
                statistics.highQuality(), LedgerView.share(statistics.highQuality(), statistics.total())});
        for (LedgerView.Dimension d : view.dimensions(statistics)) {
            for (LedgerView.Row r : d.rows()) {
                rows.add(new Object[] {d.key(), r.value(), r.label(), r.count(), r.share()});
            }
        }
        List<ResultColumn> columns = List.of(column("dimension"), column("value"), column("label"),
                new ResultColumn("count", labels.message("ledger.csv.count", "count"), FieldType.INTEGER, null),
                column("share"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CsvRowsWriter(true).write(new ListedRows(columns, rows), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "ledger-" + (statistics.divisionCode() == null ? "all" : statistics.divisionCode()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(out.toByteArray());
    }

    private ResultColumn column(String name) {
        return new ResultColumn(name, labels.message("ledger.csv." + name, name), FieldType.STRING, null);
    }
}
