package io.jingchu.hub.identity.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Organizations: anyone may list and read them; the data bureau registers and edits them. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "organizations", description = "单位: departments that own data resources")
class OrganizationController {

    /** A new organization: its stable code, its name and the 12-digit code of its division. */
    record OrganizationRequest(@Nullable String code, @Nullable String name, @Nullable String divisionCode) {
    }

    /** An organization's new name and division; its code stays. */
    record OrganizationChange(@Nullable String name, @Nullable String divisionCode) {
    }

    private final IdentityApi identity;
    private final IdentityAdministration administration;

    OrganizationController(IdentityApi identity, IdentityAdministration administration) {
        this.identity = identity;
        this.administration = administration;
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    @Operation(summary = "Every organization, by division and code")
    List<Organization> list() {
        return identity.organizations();
    }

    @GetMapping("/{code}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "One organization by its code")
    Organization get(@PathVariable String code) {
        return identity.organizationByCode(code)
                .orElseThrow(() -> DomainException.onField(ErrorCode.ORGANIZATION_NOT_FOUND, "code", code));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Register an organization in a division (data bureau only)")
    ResponseEntity<Organization> create(Caller caller, @RequestBody OrganizationRequest request) {
        Organization created = identity.createOrganization(caller, request.code(), request.name(), request.divisionCode());
        URI location = UriComponentsBuilder.fromPath("/api/v1/organizations/{code}").build(created.code());
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rename an organization or move it to another division (data bureau only)")
    Organization update(Caller caller, @PathVariable String code, @RequestBody OrganizationChange change) {
        return administration.updateOrganization(caller, get(code).id(), change.name(), change.divisionCode());
    }
}
