package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organizations as one CKAN request needs them: by id and by CKAN name, read once per request because a page
 * of packages names the same few owners again and again.
 */
final class OrganizationDirectory {

    private final List<Organization> all;
    private final Map<Long, Organization> byId = new HashMap<>();
    private final Map<String, Organization> byName = new HashMap<>();

    private OrganizationDirectory(List<Organization> organizations) {
        this.all = List.copyOf(organizations);
        for (Organization organization : all) {
            byId.put(organization.id(), organization);
            byName.put(CkanNames.of(organization.code()), organization);
        }
    }

    static OrganizationDirectory empty() {
        return new OrganizationDirectory(List.of());
    }

    static OrganizationDirectory load(IdentityApi identity) {
        return new OrganizationDirectory(identity.organizations());
    }

    List<Organization> all() {
        return all;
    }

    Optional<Organization> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** By CKAN name (the code, lower-cased) or by numeric id, as CKAN clients may send either. */
    Optional<Organization> byNameOrId(String nameOrId) {
        Organization byCode = byName.get(CkanNames.of(nameOrId));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        try {
            return byId(Long.parseLong(nameOrId.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /** The CKAN name of an organization; one the directory does not know is named after its id. */
    static String name(Organization organization) {
        return CkanNames.of(organization.code());
    }
}
