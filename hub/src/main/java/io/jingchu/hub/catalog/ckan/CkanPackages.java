package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Extra;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Group;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Organization;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Package;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Maps the ledger onto CKAN's dictionaries: a resource is a package named after its code, its organization a CKAN
 * organization, its theme a CKAN group, its keywords tags, and the ledger's own attributes (grade, sharing and
 * opening attributes, frequency, division, high quality) extras with stable enum codes as values.
 */
final class CkanPackages {

    /** CKAN's timestamps: UTC without a zone designator, microseconds, e.g. {@code 2024-05-01T08:00:00.000000}. */
    static final DateTimeFormatter CKAN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String base;

    CkanPackages(String publicUrl) {
        String url = publicUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.base = url;
    }

    Package toPackage(DataResource resource, OrganizationDirectory organizations) {
        Organization organization = organizations.byId(resource.organizationId())
                .map(o -> organization(o, null))
                .orElseGet(() -> unknownOrganization(resource));
        List<Tag> tags = tags(resource);
        String licence = resource.licence().strip();
        return new Package(
                resource.code(),
                CkanNames.of(resource.code()),
                resource.title(),
                resource.description(),
                base + "/resources/" + URLEncoder.encode(resource.code(), StandardCharsets.UTF_8),
                state(resource.state()),
                !resource.isOpen(),
                "dataset",
                resource.opening().attribute() == OpeningAttribute.UNCONDITIONAL,
                time(resource.createdAt()),
                time(resource.updatedAt()),
                organization.id(),
                organization,
                List.of(group(resource.theme(), null)),
                tags,
                licence,
                licence,
                resource.organizationName(),
                null,
                resource.contact().name(),
                resource.contact().email(),
                null,
                extras(resource),
                List.of(),
                0,
                tags.size());
    }

    Organization organization(io.jingchu.hub.identity.Organization organization, @Nullable Long packageCount) {
        String name = OrganizationDirectory.name(organization);
        return new Organization(name, name, organization.name(), organization.name(), "", "", "organization", true,
                "approved", "active", packageCount);
    }

    Group group(Theme theme, @Nullable Long packageCount) {
        String name = groupName(theme);
        return new Group(name, name, theme.label(), theme.label(), "", "", "group", false, "active", packageCount);
    }

    /** A theme's CKAN group name: its enum name in lower case, such as {@code market_regulation}. */
    static String groupName(Theme theme) {
        return theme.name().toLowerCase(Locale.ROOT);
    }

    /** CKAN's states: published is active, retired deleted, everything before publication a draft. */
    static String state(LifecycleState state) {
        return switch (state) {
            case PUBLISHED -> "active";
            case RETIRED -> "deleted";
            case DRAFT, SUBMITTED, REJECTED -> "draft";
        };
    }

    static String time(Instant instant) {
        return CKAN_TIME.format(instant);
    }

    private static Organization unknownOrganization(DataResource resource) {
        String name = "id-" + resource.organizationId();
        return new Organization(name, name, resource.organizationName(), resource.organizationName(), "", "",
                "organization", true, "approved", "active", null);
    }

    private static List<Tag> tags(DataResource resource) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        resource.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).forEach(names::add);
        return names.stream().map(name -> new Tag(name, name, "active")).toList();
    }

    private static List<Extra> extras(DataResource resource) {
        List<Extra> extras = new ArrayList<>();
        extras.add(new Extra("division_code", resource.divisionCode()));
        extras.add(new Extra("division_level", resource.level().name()));
        extras.add(new Extra("high_quality", Boolean.toString(resource.highQuality())));
        extras.add(new Extra("opening_attribute", resource.opening().attribute().name()));
        addIfPresent(extras, "opening_basis", resource.opening().basis());
        addIfPresent(extras, "opening_conditions", resource.opening().conditions());
        extras.add(new Extra("security_grade", resource.grade().name()));
        extras.add(new Extra("sensitivity", resource.sensitivity().name()));
        extras.add(new Extra("sharing_attribute", resource.sharing().attribute().name()));
        addIfPresent(extras, "sharing_basis", resource.sharing().basis());
        addIfPresent(extras, "sharing_conditions", resource.sharing().conditions());
        extras.add(new Extra("update_frequency", resource.updateFrequency().name()));
        extras.sort(Comparator.comparing(Extra::key));
        return List.copyOf(extras);
    }

    private static void addIfPresent(List<Extra> extras, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            extras.add(new Extra(key, value.strip()));
        }
    }
}
