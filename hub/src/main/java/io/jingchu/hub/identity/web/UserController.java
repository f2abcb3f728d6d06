package io.jingchu.hub.identity.web;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.identity.UserPage;
import io.jingchu.hub.identity.UserQuery;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * User accounts: created, changed, disabled and re-enabled and given new passwords by the data bureau; listed for it
 * and for auditors.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "用户与角色")
class UserController {

    /** The header of a listing that gives how many users match, all pages together. */
    static final String TOTAL_COUNT = "X-Total-Count";

    /** A new user; a PUBLISHER needs its organization. */
    record UserRequest(@Nullable String username, @Nullable String displayName, @Nullable String password,
            @Nullable Set<Role> roles, @Nullable Long organizationId) {
    }

    /** A user's changed display name, roles and organization. */
    record UserChange(@Nullable String displayName, @Nullable Set<Role> roles, @Nullable Long organizationId) {
    }

    /** A new password. */
    record PasswordChange(@Nullable String password) {
    }

    private final IdentityApi identity;
    private final IdentityAdministration administration;

    UserController(IdentityApi identity, IdentityAdministration administration) {
        this.identity = identity;
        this.administration = administration;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a user (data bureau only); the answer never holds the password or its hash")
    UserAccount create(Caller caller, @RequestBody UserRequest request) {
        return identity.createUser(caller, request.username(), request.displayName(), chars(request.password()),
                request.roles() == null ? Set.of() : request.roles(), request.organizationId());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "Users by login name, filtered by organization, role and text, a page at a time "
            + "(data bureau and auditors); the X-Total-Count header gives how many match")
    ResponseEntity<List<UserAccount>> list(Caller caller,
            @RequestParam(required = false) @Nullable Long organizationId,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        UserPage found = administration.users(caller, new UserQuery(organizationId, role, q, page, size));
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(found.users());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "One user (data bureau and auditors)")
    UserAccount get(@PathVariable long id) {
        return administration.user(id).orElseThrow(() -> DomainException.onField(ErrorCode.USER_NOT_FOUND, "id", id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change a user's display name, roles and organization (data bureau only)")
    UserAccount update(Caller caller, @PathVariable long id, @RequestBody UserChange change) {
        return administration.updateUser(caller, id, change.displayName(),
                change.roles() == null ? Set.of() : change.roles(), change.organizationId());
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Disable a user: it cannot sign in and its API tokens stop working (data bureau only)")
    UserAccount disable(Caller caller, @PathVariable long id) {
        return administration.setEnabled(caller, id, false);
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Re-enable a disabled user (data bureau only)")
    UserAccount enable(Caller caller, @PathVariable long id) {
        return administration.setEnabled(caller, id, true);
    }

    @PutMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a user's new password, kept only as its hash (data bureau only)")
    void resetPassword(Caller caller, @PathVariable long id, @RequestBody PasswordChange change) {
        administration.resetPassword(caller, id, chars(change.password()));
    }

    private static char[] chars(@Nullable String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
