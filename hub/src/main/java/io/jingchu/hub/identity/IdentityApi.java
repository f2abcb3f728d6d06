package io.jingchu.hub.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Organizations and users, as other modules need them. Authentication itself stays inside the module. */
public interface IdentityApi {

    Optional<Organization> organization(long id);

    /** The organization with this id, or an {@code ORGANIZATION_NOT_FOUND} refusal. */
    Organization getOrganization(long id);

    Optional<Organization> organizationByCode(String code);

    List<Organization> organizations();

    /** Registers an organization in a division (ADMIN only; the division must exist). */
    Organization createOrganization(Caller caller, String code, String name, String divisionCode);

    /**
     * Creates a user with a password stored only as a hash. ADMIN only, except the bootstrap: while no
     * administrator exists, any caller inside the hub may create the first ADMIN. A PUBLISHER needs an
     * organization.
     */
    UserAccount createUser(Caller caller, String username, String displayName, char[] password, Set<Role> roles,
            @Nullable Long organizationId);

    /** The user with this login name, which is matched without regard to case. */
    Optional<UserAccount> user(String username);
}
