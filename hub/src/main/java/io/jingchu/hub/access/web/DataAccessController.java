package io.jingchu.hub.access.web;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.AccessRecord;
import io.jingchu.hub.access.AccessRecordQuery;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.access.Page;
import io.jingchu.hub.access.UsageSummary;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.RequestCredentials;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of data reads (数据访问记录), and each user's own usage. */
@RestController
@RequestMapping("/api/v1/data-access")
@Tag(name = "data-access", description = "Audit trail of data reads and one's own usage")
class DataAccessController {

    /** The window of {@code /mine}: a month, as a developer centre shows it. */
    private static final int USAGE_DAYS = 30;

    private final AccessApi access;

    DataAccessController(AccessApi access) {
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'PUBLISHER')")
    @Operation(summary = "Recorded data reads, newest first: all for ADMIN and AUDITOR, a PUBLISHER's own "
            + "organization's resources for a PUBLISHER; token narrows to the reads that came with the API token of "
            + "that id")
    Page<AccessRecord> list(Caller caller,
            @RequestParam(required = false) @Nullable String resource,
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable AccessKind kind,
            @RequestParam(required = false) @Nullable Long token,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        return access.accessRecords(caller,
                new AccessRecordQuery(resource, username, from, to, kind, token, offset, limit));
    }

    @GetMapping("/mine")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's data reads per day over the last 30 days, and what is left of today's "
            + "quota for the credentials of this request")
    UsageSummary mine(Caller caller,
            @RequestAttribute(name = RequestCredentials.API_TOKEN_ID, required = false) @Nullable Long tokenId) {
        return access.usage(caller, tokenId, USAGE_DAYS);
    }
}
