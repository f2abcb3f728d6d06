package io.jingchu.hub.access.web;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.AccessApplication;
import io.jingchu.hub.access.ApplicationQuery;
import io.jingchu.hub.access.ApplicationState;
import io.jingchu.hub.access.Page;
import io.jingchu.hub.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications for conditionally open data (有条件开放申请) over REST: apply, list, read, and the decisions.
 * Who may call each method is declared here; whose application it is and its state are the module's to
 * check.
 */
@RestController
@Tag(name = "applications", description = "Applications for conditionally open data")
class ApplicationController {

    /** What the applicant asks for: the purpose (required) and, optionally, the last day it wants the data. */
    record ApplicationRequest(@Nullable String purpose, @Nullable LocalDate wishedUntil) {
    }

    /** An approval: when it ends (optional) and a comment for the applicant (optional). */
    record ApprovalRequest(@Nullable Instant expiresAt, @Nullable String comment) {
    }

    /** A refusal or revocation: the reason, required. */
    record ReasonRequest(@Nullable String reason) {
    }

    private final AccessApi access;

    ApplicationController(AccessApi access) {
        this.access = access;
    }

    @PostMapping("/api/v1/resources/{code}/applications")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Apply to read a conditionally open resource")
    ResponseEntity<AccessApplication> apply(Caller caller, @PathVariable String code,
            @RequestBody ApplicationRequest request) {
        AccessApplication application = access.apply(caller, code, request.purpose(), request.wishedUntil());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + application.id())).body(application);
    }

    @GetMapping("/api/v1/applications")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Applications the caller may see: its own, its organization's incoming, or all for "
            + "ADMIN and AUDITOR; newest first")
    Page<AccessApplication> list(Caller caller,
            @RequestParam(required = false) @Nullable ApplicationState state,
            @RequestParam(required = false) @Nullable String resource,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        return access.applications(caller, new ApplicationQuery(state, resource, offset, limit));
    }

    @GetMapping("/api/v1/applications/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One application")
    AccessApplication get(Caller caller, @PathVariable long id) {
        return access.application(caller, id);
    }

    @PostMapping("/api/v1/applications/{id}/approve")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    @Operation(summary = "Approve a pending application (the owning organization's publisher or ADMIN)")
    AccessApplication approve(Caller caller, @PathVariable long id,
            @RequestBody(required = false) @Nullable ApprovalRequest request) {
        ApprovalRequest approval = request == null ? new ApprovalRequest(null, null) : request;
        return access.approve(caller, id, approval.expiresAt(), approval.comment());
    }

    @PostMapping("/api/v1/applications/{id}/refuse")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    @Operation(summary = "Refuse a pending application, with a reason")
    AccessApplication refuse(Caller caller, @PathVariable long id,
            @RequestBody(required = false) @Nullable ReasonRequest request) {
        return access.refuse(caller, id, request == null ? null : request.reason());
    }

    @PostMapping("/api/v1/applications/{id}/revoke")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    @Operation(summary = "Revoke an approval, with a reason")
    AccessApplication revoke(Caller caller, @PathVariable long id,
            @RequestBody(required = false) @Nullable ReasonRequest request) {
        return access.revoke(caller, id, request == null ? null : request.reason());
    }

    @PostMapping("/api/v1/applications/{id}/withdraw")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Withdraw one's own pending application")
    AccessApplication withdraw(Caller caller, @PathVariable long id) {
        return access.withdraw(caller, id);
    }
}
