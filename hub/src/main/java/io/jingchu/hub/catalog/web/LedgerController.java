package io.jingchu.hub.catalog.web;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.LedgerStatistics;
import io.jingchu.hub.identity.Caller;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger as a whole: its "一本账" figures, and rebuilding its search index. */
@RestController
class LedgerController {

    private final CatalogApi catalog;

    LedgerController(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/statistics")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'PUBLISHER')")
    LedgerStatistics statistics(Caller caller, @RequestParam(required = false) @Nullable String division) {
        return catalog.statistics(caller, division);
    }

    @PostMapping("/api/v1/admin/reindex")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Long> reindex(Caller caller) {
        return Map.of("indexed", catalog.reindex(caller));
    }
}
