package io.jingchu.hub.identity.web;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the credentials of this request belong to. */
@RestController
@Tag(name = "auth")
class MeController {

    /** The calling user. */
    record Me(long id, String username, String displayName, List<Role> roles, @Nullable Long organizationId) {
    }

    private final IdentityApi identity;

    MeController(IdentityApi identity) {
        this.identity = identity;
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The user these credentials belong to")
    Me me(Caller caller) {
        UserAccount user = identity.user(caller.username())
                .orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, null, caller.username()));
        return new Me(user.id(), user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                user.organizationId());
    }
}
