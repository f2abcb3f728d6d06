package io.jingchu.hub.identity.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
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
 * for this module's web layer, which also needs what other modules do not (user listings).
 */
@Service
public class IdentityDirectory implements IdentityApi {

    static final int MIN_PASSWORD_LENGTH = 8;
    /** Argon2 hashes any length, but a megabyte "password" would only be a way to burn CPU. */
    static final int MAX_PASSWORD_LENGTH = 256;
    private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");

    private final OrganizationStore organizations;
    private final UserStore users;
    private final RegionApi regions;
    private final PasswordEncoder passwords;

    IdentityDirectory(OrganizationStore organizations, UserStore users, RegionApi regions, PasswordEncoder passwords) {
        this.organizations = organizations;
        this.users = users;
        this.regions = regions;
        this.passwords = passwords;
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
        String checkedDivision = Fields.requireText(divisionCode, "divisionCode", 12);
        if (!DivisionCodes.isValid(checkedDivision)) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "divisionCode", divisionCode);
        }
        Division division = regions.find(checkedDivision)
                .orElseThrow(() -> DomainException.onField(ErrorCode.REGION_NOT_FOUND, "divisionCode", divisionCode));
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
        String shownName = displayName == null || displayName.isBlank() ? name : Fields.requireText(displayName, "displayName", 200);
        if (password == null || password.length == 0) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "password");
        }
        if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "password");
        }
        if (roles == null || roles.isEmpty()) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, "roles");
        }
        if (roles.contains(Role.PUBLISHER) && organizationId == null) {
            throw DomainException.onField(ErrorCode.PUBLISHER_NEEDS_ORGANIZATION, "organizationId");
        }
        if (organizationId != null) {
            getOrganization(organizationId);
        }
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
    public Optional<UserAccount> user(String username) {
        return users.byUsername(Usernames.normalize(username));
    }

    public Optional<UserAccount> user(long id) {
        return users.byId(id);
    }

    /** Every user, ordered by login name. */
    public List<UserAccount> users() {
        return users.all();
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
