package io.jingchu.hub.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is making a request: the principal of every authenticated request (web session or API token) and
 * the first argument of every module operation that checks access. Controllers receive it as a method
 * parameter; an anonymous request gets {@link #ANONYMOUS}. Serializable because a web session keeps it.
 *
 * @param userId the user's id, 0 for anonymous
 * @param username the login name, {@code anonymous} for anonymous
 * @param roles the user's roles, empty for anonymous
 * @param organizationId the organization a PUBLISHER belongs to, null otherwise
 */
public record Caller(long userId, String username, Set<Role> roles, @Nullable Long organizationId)
        implements Serializable {

    public static final Caller ANONYMOUS = new Caller(0, "anonymous", Set.of(), null);

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAnonymous() {
        return userId == 0;
    }

    /** A publisher's own organization, ADMIN of course, may act on resources of this organization. */
    public boolean actsFor(long organization) {
        return has(Role.ADMIN) || (has(Role.PUBLISHER) && organizationId != null && organizationId == organization);
    }
}
