package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityAdministration;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.identity.UserPage;
import io.jingchu.hub.identity.UserQuery;
import io.jingchu.hub.region.Division;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.RegionApi;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations and users, kept in this module's tables; every write is checked before anything is stored. Public
 * for this module's own start-up code and tests, which create users without a caller.
 */
@Service
public class IdentityDirectory implements IdentityApi, IdentityAdministration {

    static final int MIN_PASSWORD_LENGTH = 8;
    /** Argon2 hashes any length, but a megabyte "password" would only be a way to burn CPU. */
    static final int MAX_PASSWORD_LENGTH = 256;
    private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    private final OrganizationStore organizations;
    private final UserStore users;
    private final RegionApi regions;
    private final PasswordEncoder passwords;
    private final SessionStamps stamps;

    IdentityDirectory(OrganizationStore organizations, UserStore users, RegionApi regions, PasswordEncoder passwords,
            SessionStamps stamps) {
        this.organizations = organizations;
        this.users = users;
        this.regions = regions;
        this.passwords = passwords;
        this.stamps = stamps;
    }

    @Override
    public Optional<Organization> organization(long id) {
        return organizations.byId(id);
    }

    @Override
    public Organization getOrganization(long id) {
        return organizations.byId(id)
                .orElseThrow(() -> DomainException.onField(ErrorCode.ORGANIZATION_NOT_FOUND, "organizationId", id));
    }

    @Override
    public Optional<Organization> organizationByCode(String code) {
        return organizations.byCode(code);
    }

    @Override
    public List<Organization> organizations() {
        return organizations.all();
    }

    @Override
    @Transactional
    public Organization createOrganization(Caller caller, String code, String name, String divisionCode) {
        requireAdmin(caller);
        String checkedCode = Fields.requireText(code, "code", 64);
        if (!ORGANIZATION_CODE.matcher(checkedCode).matches()) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "code", code);
        }
        String checkedName = Fields.requireText(name, "name", 200);
        Division division = requireDivision(divisionCode);
        if (organizations.byCode(checkedCode).isPresent()) {
            throw DomainException.onField(ErrorCode.DUPLICATE_CODE, "code", checkedCode);
        }
        try {
            long id = organizations.insert(checkedCode, checkedName, division.code(), division.level(), Timestamps.now());
            return new Organization(id, checkedCode, checkedName, division.code(), division.level());
        } catch (DuplicateKeyException raced) {
            throw DomainException.onField(ErrorCode.DUPLICATE_CODE, "code", checkedCode);
        }
    }

    @Override
    @Transactional
    public Organization updateOrganization(Caller caller, long id, String name, String divisionCode) {
        requireAdmin(caller);
        Organization existing = getOrganization(id);
        String checkedName = Fields.requireText(name, "name", 200);
        Division division = requireDivision(divisionCode);
        organizations.update(id, checkedName, division.code(), division.level());
        return new Organization(id, existing.code(), checkedName, division.code(), division.level());
    }

    private Division requireDivision(@Nullable String divisionCode) {
        String checked = Fields.requireText(divisionCode, "divisionCode", 12);
        if (!DivisionCodes.isValid(checked)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "divisionCode", divisionCode);
        }
        return regions.find(checked)
                .orElseThrow(() -> DomainException.onField(ErrorCode.REGION_NOT_FOUND, "divisionCode", divisionCode));
    }

    @Override
    @Transactional
    public UserAccount createUser(Caller caller, String username, String displayName, char[] password, Set<Role> roles,
            @Nullable Long organizationId) {
        boolean bootstrap = !caller.has(Role.ADMIN) && roles.equals(Set.of(Role.ADMIN)) && !users.anyWithRole(Role.ADMIN);
        if (!bootstrap) {
            requireAdmin(caller);
        }
        return create(username, displayName, password, roles, organizationId);
    }

    /** Creates a user without asking who wants it: for the hub's own start-up and command line, never for requests. */
    UserAccount create(String username, @Nullable String displayName, char[] password, Set<Role> roles,
            @Nullable Long organizationId) {
        String name = Usernames.requireValid(username);
        String shownName = displayName(displayName, name);
        requirePassword(password);
        requireMembership(roles, organizationId);
        if (users.exists(name)) {
            throw DomainException.onField(ErrorCode.USERNAME_TAKEN, "username", name);
        }
        String hash = passwords.encode(CharBuffer.wrap(password));
        try {
            long id = users.insert(name, shownName, hash, organizationId, roles, Timestamps.now());
            return users.byId(id).orElseThrow();
        } catch (DuplicateKeyException raced) {
            throw DomainException.onField(ErrorCode.USERNAME_TAKEN, "username", name);
        }
    }

    @Override
    @Transactional
    public UserAccount updateUser(Caller caller, long userId, @Nullable String displayName, Set<Role> roles,
            @Nullable Long organizationId) {
        requireAdmin(caller);
        UserAccount user = getUser(userId);
        String shownName = displayName(displayName, user.username());
        requireMembership(roles, organizationId);
        if (userId == caller.userId() && !roles.contains(Role.ADMIN)) {
            throw DomainException.onField(ErrorCode.OWN_ACCOUNT, "roles");
        }
        users.update(userId, shownName, organizationId, roles);
        stamps.forgetAfterChange(userId);
        return getUser(userId);
    }

    @Override
    @Transactional
    public UserAccount setEnabled(Caller caller, long userId, boolean enabled) {
        requireAdmin(caller);
        getUser(userId);
        if (userId == caller.userId()) {
            throw DomainException.onField(ErrorCode.OWN_ACCOUNT, "enabled");
        }
        users.setEnabled(userId, enabled);
        stamps.forgetAfterChange(userId);
        return getUser(userId);
    }

    @Override
    @Transactional
    public void resetPassword(Caller caller, long userId, char[] password) {
        requireAdmin(caller);
        getUser(userId);
        requirePassword(password);
        users.replacePassword(userId, passwords.encode(CharBuffer.wrap(password)));
        stamps.forgetAfterChange(userId);
    }

    private static String displayName(@Nullable String displayName, String username) {
        return displayName == null || displayName.isBlank() ? username : Fields.requireText(displayName, "displayName", 200);
    }

    private static void requirePassword(char @Nullable [] password) {
        if (password == null || password.length == 0) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "password");
        }
        if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "password");
        }
    }

    /** At least one role; a PUBLISHER in an organization; the organization, if any, one that exists. */
    private void requireMembership(@Nullable Set<Role> roles, @Nullable Long organizationId) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "roles");
        }
        if (roles.contains(Role.PUBLISHER) && organizationId == null) {
            throw DomainException.onField(ErrorCode.PUBLISHER_NEEDS_ORGANIZATION, "organizationId");
        }
        if (organizationId != null) {
            getOrganization(organizationId);
        }
    }

    private UserAccount getUser(long id) {
        return users.byId(id).orElseThrow(() -> DomainException.onField(ErrorCode.USER_NOT_FOUND, "id", id));
    }

    @Override
    public Optional<UserAccount> user(String username) {
        return users.byUsername(Usernames.normalize(username));
    }

    @Override
    public Optional<UserAccount> user(long id) {
        return users.byId(id);
    }

    @Override
    public UserPage users(Caller caller, UserQuery query) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.AUDITOR)) {
            throw DomainException.of(caller.isAnonymous() ? ErrorCode.AUTHENTICATION_REQUIRED : ErrorCode.ACCESS_DENIED);
        }
        if (query.page() < 0) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "page", query.page());
        }
        if (query.size() < 1 || query.size() > UserQuery.MAX_SIZE) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "size", query.size());
        }
        return users.page(query);
    }

    boolean administratorExists() {
        return users.anyWithRole(Role.ADMIN);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw DomainException.of(caller.isAnonymous() ? ErrorCode.AUTHENTICATION_REQUIRED : ErrorCode.ACCESS_DENIED);
        }
    }
}
