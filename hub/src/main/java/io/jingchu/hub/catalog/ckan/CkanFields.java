package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.catalog.ckan.CkanDictionaries.FacetItem;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.DivisionLevel;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How CKAN's field names and values map onto the catalog's search facets: {@code organization} (or
 * {@code owner_org}) is the organization, {@code groups} the theme, and the extras the package dictionary carries
 * (also as {@code extras_<key>}, as CKAN indexes them) the ledger's attributes. Values a field cannot have translate
 * to nothing, so that filtering on them finds nothing.
 */
final class CkanFields {

    private static final Map<String, Facet> FACETED = Map.of(
            "organization", Facet.ORGANIZATION,
            "owner_org", Facet.ORGANIZATION,
            "groups", Facet.THEME,
            "security_grade", Facet.GRADE,
            "sharing_attribute", Facet.SHARING,
            "opening_attribute", Facet.OPENING,
            "division_level", Facet.LEVEL,
            "division_code", Facet.DIVISION,
            "high_quality", Facet.HIGH_QUALITY);

    private CkanFields() {
    }

    /** The catalog facet behind a CKAN field, if it has one. */
    static Optional<Facet> facet(String field) {
        String name = field.startsWith("extras_") ? field.substring("extras_".length()) : field;
        Facet facet = FACETED.get(name);
        if (facet == Facet.ORGANIZATION || facet == Facet.THEME) {
            // organization and groups are package fields, not extras
            return name.equals(field) ? Optional.of(facet) : Optional.empty();
        }
        return Optional.ofNullable(facet);
    }

    /** The catalog's facet value for a value a CKAN client sent, or empty when no resource can have it. */
    static Optional<String> facetValue(Facet facet, String value, OrganizationDirectory organizations) {
        String v = value.strip();
        return switch (facet) {
            case ORGANIZATION -> organizations.byNameOrId(v).map(o -> Long.toString(o.id()));
            case THEME -> Optional.ofNullable(enumValue(Theme.values(), v, Theme::label,
                    t -> CkanPackages.groupName(t))).map(Enum::name);
            case GRADE -> Optional.ofNullable(enumValue(SecurityGrade.values(), v, SecurityGrade::label, Enum::name))
                    .map(Enum::name);
            case SHARING -> Optional.ofNullable(enumValue(SharingAttribute.values(), v, SharingAttribute::label,
                    Enum::name)).map(Enum::name);
            case OPENING -> Optional.ofNullable(enumValue(OpeningAttribute.values(), v, OpeningAttribute::label,
                    Enum::name)).map(Enum::name);
            case LEVEL -> Optional.ofNullable(enumValue(DivisionLevel.values(), v, DivisionLevel::label, Enum::name))
                    .map(Enum::name);
            case STATE -> Optional.ofNullable(enumValue(LifecycleState.values(), v, LifecycleState::label,
                    Enum::name)).map(Enum::name);
            case DIVISION -> DivisionCodes.isValid(v) ? Optional.of(v) : Optional.empty();
            case HIGH_QUALITY -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")
                    ? Optional.of(v.toLowerCase(Locale.ROOT)) : Optional.empty();
        };
    }

    /** A resource's own value for a facet, in the catalog's spelling. */
    static String valueOf(Facet facet, DataResource resource) {
        return switch (facet) {
            case ORGANIZATION -> Long.toString(resource.organizationId());
            case DIVISION -> resource.divisionCode();
            case LEVEL -> resource.level().name();
            case THEME -> resource.theme().name();
            case GRADE -> resource.grade().name();
            case OPENING -> resource.opening().attribute().name();
            case SHARING -> resource.sharing().attribute().name();
            case STATE -> resource.state().name();
            case HIGH_QUALITY -> Boolean.toString(resource.highQuality());
        };
    }

    /**
     * Whether a resource has one of the facet values; a division matches itself and everything below it, as the
     * catalog's own division filter does.
     */
    static boolean matches(Facet facet, DataResource resource, Set<String> values) {
        if (facet == Facet.DIVISION) {
            return values.stream().anyMatch(code -> resource.divisionCode().startsWith(DivisionCodes.prefix(code)));
        }
        return values.contains(valueOf(facet, resource));
    }

    /** A facet value as a CKAN facet item: the name clients filter by, and a label for people. */
    static FacetItem item(Facet facet, String value, long count, OrganizationDirectory organizations) {
        return switch (facet) {
            case ORGANIZATION -> {
                Optional<Organization> organization = parseLong(value)
                        .flatMap(organizations::byId);
                yield organization.map(o -> new FacetItem(OrganizationDirectory.name(o), o.name(), count))
                        .orElseGet(() -> new FacetItem("id-" + value, value, count));
            }
            case THEME -> label(Theme.values(), value, Theme::label)
                    .map(t -> new FacetItem(CkanPackages.groupName(t), t.label(), count))
                    .orElseGet(() -> new FacetItem(value.toLowerCase(Locale.ROOT), value, count));
            case GRADE -> enumItem(SecurityGrade.values(), value, SecurityGrade::label, count);
            case SHARING -> enumItem(SharingAttribute.values(), value, SharingAttribute::label, count);
            case OPENING -> enumItem(OpeningAttribute.values(), value, OpeningAttribute::label, count);
            case LEVEL -> enumItem(DivisionLevel.values(), value, DivisionLevel::label, count);
            case STATE -> enumItem(LifecycleState.values(), value, LifecycleState::label, count);
            case DIVISION, HIGH_QUALITY -> new FacetItem(value, value, count);
        };
    }

    private static <E extends Enum<E>> FacetItem enumItem(E[] values, String value, Function<E, String> label,
            long count) {
        return label(values, value, label).map(e -> new FacetItem(e.name(), label.apply(e), count))
                .orElseGet(() -> new FacetItem(value, value, count));
    }

    private static <E extends Enum<E>> Optional<E> label(E[] values, String name, Function<E, String> label) {
        for (E e : values) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The constant whose name (any case), CKAN name or Chinese label is the value. */
    private static <E extends Enum<E>> @Nullable E enumValue(E[] values, String value, Function<E, String> label,
            Function<E, String> ckanName) {
        for (E e : values) {
            if (e.name().equalsIgnoreCase(value) || ckanName.apply(e).equals(value) || label.apply(e).equals(value)) {
                return e;
            }
        }
        return null;
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
