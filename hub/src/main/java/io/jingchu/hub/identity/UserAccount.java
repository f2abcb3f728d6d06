package io.jingchu.hub.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as others may see it: never the password hash. */
public record UserAccount(long id, String username, String displayName, Set<Role> roles,
        @Nullable Long organizationId, boolean enabled, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** The caller this user is once logged in; only a PUBLISHER acts for its organization. */
    public Caller asCaller() {
        return new Caller(id, username, roles, roles.contains(Role.PUBLISHER) ? organizationId : null);
    }
}
