package io.jingchu.hub.catalog.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import io.jingchu.hub.region.DivisionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Organizations in memory, for testing the catalog without the identity module. */
class FakeIdentity implements IdentityApi {

    private final Map<Long, Organization> organizations = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(100);

    Organization add(String name, String divisionCode) {
        long id = ids.incrementAndGet();
        Organization org = new Organization(id, "org-" + id, name, divisionCode, DivisionLevel.ofCode(divisionCode));
        organizations.put(id, org);
        return org;
    }

    /** Renames an organization, as an administrator might. */
    void rename(long id, String name) {
        Organization o = organizations.get(id);
        organizations.put(id, new Organization(o.id(), o.code(), name, o.divisionCode(), o.level()));
    }

    static Caller publisherOf(Organization org) {
        return new Caller(org.id() * 10, "publisher-" + org.id(), Set.of(Role.PUBLISHER), org.id());
    }

    @Override
    public Optional<Organization> organization(long id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public Organization getOrganization(long id) {
        return organization(id).orElseThrow(() -> DomainException.of(ErrorCode.ORGANIZATION_NOT_FOUND));
    }

    @Override
    public Optional<Organization> organizationByCode(String code) {
        return organizations.values().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public List<Organization> organizations() {
        return new ArrayList<>(organizations.values());
    }

    @Override
    public Organization createOrganization(Caller caller, String code, String name, String divisionCode) {
        return add(name, divisionCode);
    }

    @Override
    public UserAccount createUser(Caller caller, String username, String displayName, char[] password,
            Set<Role> roles, @Nullable Long organizationId) {
        throw new UnsupportedOperationException("not needed by the catalog");
    }

    @Override
    public Optional<UserAccount> user(String username) {
        return Optional.empty();
    }
}
