package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Group;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Organization;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Package;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.SearchResult;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Status;
import io.jingchu.hub.common.HubProperties;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The CKAN actions the hub answers, each reading the catalog as the caller may see it. Lists are ordered by CKAN
 * name; counts ({@code package_count}) are of open resources.
 */
@Component
class CkanActions {

    /** The CKAN release whose Action API this one follows. */
    static final String CKAN_VERSION = "2.10.0";
    static final int MAX_LIST = 1000;

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final CkanPackages packages;
    private final CkanSearch search;
    private final String publicUrl;

    @Autowired
    CkanActions(CatalogApi catalog, IdentityApi identity, HubProperties properties) {
        this(catalog, identity, properties.publicUrl(), Clock.systemUTC());
    }

    CkanActions(CatalogApi catalog, IdentityApi identity, String publicUrl, Clock clock) {
        this.catalog = catalog;
        this.identity = identity;
        this.packages = new CkanPackages(publicUrl);
        this.search = new CkanSearch(catalog, packages, clock);
        this.publicUrl = publicUrl;
    }

    SearchResult packageSearch(Caller caller, CkanParameters parameters) {
        CkanSearchRequest request = CkanSearchRequest.from(parameters);
        return search.search(caller, request, OrganizationDirectory.load(identity));
    }

    /** By code or by CKAN name (the code in lower case); 404 when the caller may not see it. */
    Package packageShow(Caller caller, CkanParameters parameters) {
        String id = parameters.required("id");
        Optional<DataResource> resource = catalog.find(caller, id);
        String upper = id.toUpperCase(Locale.ROOT);
        if (resource.isEmpty() && !upper.equals(id)) {
            resource = catalog.find(caller, upper);
        }
        return packages.toPackage(resource.orElseThrow(() -> CkanException.notFound("package " + id)),
                OrganizationDirectory.load(identity));
    }

    /** The names of the open resources. */
    List<String> packageList(CkanParameters parameters) {
        int offset = parameters.natural("offset", 0);
        int limit = parameters.natural("limit", Integer.MAX_VALUE);
        List<String> names = new ArrayList<>();
        catalog.forEach(resource -> {
            if (resource.isOpen()) {
                names.add(CkanNames.of(resource.code()));
            }
        });
        names.sort(Comparator.naturalOrder());
        return window(names, offset, limit);
    }

    /** Names, or with {@code all_fields} dictionaries with their package counts. */
    List<?> organizationList(Caller caller, CkanParameters parameters) {
        boolean allFields = parameters.bool("all_fields");
        int offset = parameters.natural("offset", 0);
        int limit = Math.min(parameters.natural("limit", MAX_LIST), MAX_LIST);
        List<io.jingchu.hub.identity.Organization> organizations = OrganizationDirectory.load(identity).all()
                .stream().sorted(Comparator.comparing(OrganizationDirectory::name)).toList();
        organizations = window(organizations, offset, limit);
        if (!allFields) {
            return organizations.stream().map(OrganizationDirectory::name).toList();
        }
        Map<String, Long> counts = search.openCounts(caller, Facet.ORGANIZATION);
        return organizations.stream()
                .map(o -> packages.organization(o, counts.getOrDefault(Long.toString(o.id()), 0L))).toList();
    }

    Organization organizationShow(Caller caller, CkanParameters parameters) {
        String id = parameters.required("id");
        io.jingchu.hub.identity.Organization organization = OrganizationDirectory.load(identity).byNameOrId(id)
                .orElseThrow(() -> CkanException.notFound("organization " + id));
        long count = search.openCounts(caller, Facet.ORGANIZATION)
                .getOrDefault(Long.toString(organization.id()), 0L);
        return packages.organization(organization, count);
    }

    /** The themes as groups: names, or with {@code all_fields} dictionaries with their package counts. */
    List<?> groupList(Caller caller, CkanParameters parameters) {
        boolean allFields = parameters.bool("all_fields");
        int offset = parameters.natural("offset", 0);
        int limit = Math.min(parameters.natural("limit", MAX_LIST), MAX_LIST);
        List<Theme> themes = window(Arrays.stream(Theme.values())
                .sorted(Comparator.comparing(CkanPackages::groupName)).toList(), offset, limit);
        if (!allFields) {
            return themes.stream().map(CkanPackages::groupName).toList();
        }
        Map<String, Long> counts = search.openCounts(caller, Facet.THEME);
        List<Group> groups = new ArrayList<>();
        themes.forEach(theme -> groups.add(packages.group(theme, counts.getOrDefault(theme.name(), 0L))));
        return groups;
    }

    Status statusShow() {
        return new Status("荆楚数据枢纽", "公共数据资源目录（一本账）与开放平台", publicUrl, CKAN_VERSION, null,
                "zh_Hans_CN", List.of());
    }

    private static <T> List<T> window(List<T> list, int offset, int limit) {
        if (offset >= list.size()) {
            return List.of();
        }
        return List.copyOf(list.subList(offset, (int) Math.min(list.size(), (long) offset + limit)));
    }
}
