package io.jingchu.hub.identity;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 用户与单位管理: what the data bureau does to users and organizations once they exist, as the REST API and the
 * bureau's console do it. Every change is for ADMIN only; listing users is for ADMIN and AUDITOR.
 */
public interface IdentityAdministration {

    Optional<UserAccount> user(long id);

    /**
     * Users matching the query, by login name, one page (ADMIN and AUDITOR only); a page below 0 or a size outside
     * 1 to {@link UserQuery#MAX_SIZE} is refused ({@code FIELD_INVALID}).
     */
    UserPage users(Caller caller, UserQuery query);

    /**
     * Changes a user's display name (blank keeps the login name), roles and organization (ADMIN only). A PUBLISHER
     * needs an organization; an administrator may not take the ADMIN role from itself ({@code OWN_ACCOUNT}). The
     * user's web sessions carry the new roles from their next request on, its API tokens at once.
     */
    UserAccount updateUser(Caller caller, long userId, @Nullable String displayName, Set<Role> roles,
            @Nullable Long organizationId);

    /**
     * Disables or re-enables a user (ADMIN only; not oneself: {@code OWN_ACCOUNT}). A disabled user cannot sign in,
     * its web sessions end at their next request and its API tokens stop working; re-enabled, its unrevoked and
     * unexpired tokens work again, while the sessions it had stay ended.
     */
    UserAccount setEnabled(Caller caller, long userId, boolean enabled);

    /**
     * Sets a new password (ADMIN only), stored only as its hash; the rules are those of a new user's password. The
     * user's web sessions signed in with the old one end at their next request.
     */
    void resetPassword(Caller caller, long userId, char[] password);

    /** Renames an organization or moves it to another division (ADMIN only); its code never changes. */
    Organization updateOrganization(Caller caller, long id, String name, String divisionCode);
}
