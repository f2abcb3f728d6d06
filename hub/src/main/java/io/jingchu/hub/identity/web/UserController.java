package io.jingchu.hub.identity.web;

import io.jingchu.hub.identity.Caller;

import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.identity.internal.IdentityDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User accounts: created by the data bureau, listed for it and for auditors. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "用户与角色")
class UserController {

    /** A new user; a PUBLISHER needs its organization. */
    record UserRequest(@Nullable String username, @Nullable String displayName, @Nullable String password,
            @Nullable Set<Role> roles, @Nullable Long organizationId) {
    }

    private final IdentityDirectory identity;

    UserController(IdentityDirectory identity) {
        this.identity = identity;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a user (data bureau only); the answer never holds the password or its hash")
    UserAccount create(Caller caller, @RequestBody UserRequest request) {
        char[] password = request.password() == null ? new char[0] : request.password().toCharArray();
        return identity.createUser(caller, request.username(), request.displayName(), password,
                request.roles() == null ? Set.of() : request.roles(), request.organizationId());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "Every user (data bureau and auditors)")
    List<UserAccount> list() {
        return identity.users();
    }
}
