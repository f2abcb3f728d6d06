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
}
