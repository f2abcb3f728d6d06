package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.identity.UserAccount;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The organizations the view tests need; the rest of identity is not used by the views. */
public final class FakeIdentity implements IdentityApi {

    private final List<Organization> organizations;

    public FakeIdentity(Organization... organizations) {
        this.organizations = List.of(organizations);
    }

    @Override
    public Optional<Organization> organization(long id) {
        return organizations.stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public Organization getOrganization(long id) {
        return organization(id).orElseThrow();
    }

    @Override
    public Optional<Organization> organizationByCode(String code) {
        return organizations.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public List<Organization> organizations() {
        return organizations;
    }

    @Override
    public Organization createOrganization(Caller caller, String code, String name, String divisionCode) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public UserAccount createUser(Caller caller, String username, String displayName, char[] password,
            Set<Role> roles, @Nullable Long organizationId) {
        throw new UnsupportedOperationException("the views only read");
    }

    @Override
    public Optional<UserAccount> user(String username) {
        return Optional.empty();
    }
}
