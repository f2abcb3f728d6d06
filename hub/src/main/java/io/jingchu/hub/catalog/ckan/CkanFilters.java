package io.jingchu.hub.catalog.ckan;

import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A CKAN filter query turned into what the catalog search can do: facet filters it runs itself (intersected when a
 * field is filtered twice, since each resource has one value per facet), and checks on each hit for the rest (tags,
 * licence, names, dates, negations). Every clause only ever narrows: an unknown field or a value no resource can
 * have is a validation error or an empty result, never a dropped condition.
 */
final class CkanFilters {

    private final Map<Facet, Set<String>> required = new EnumMap<>(Facet.class);
    private final List<Predicate<DataResource>> checks = new ArrayList<>();
    private boolean impossible;

    /**
     * @param openOnly restrict to the open catalog (published, not 不予开放): CKAN's default, which leaves out
     *        private datasets and drafts unless {@code include_private} is asked for
     */
    static CkanFilters of(List<FilterQuery.Clause> clauses, boolean openOnly, OrganizationDirectory organizations,
            Instant now) {
        CkanFilters filters = new CkanFilters();
        if (openOnly) {
            filters.require(Facet.STATE, Set.of(LifecycleState.PUBLISHED.name()));
            filters.require(Facet.OPENING, Set.of(OpeningAttribute.UNCONDITIONAL.name(),
                    OpeningAttribute.CONDITIONAL.name()));
        }
        for (FilterQuery.Clause clause : clauses) {
            filters.add(clause, organizations, now);
        }
        return filters;
    }

    /** The facet filters for the catalog search. */
    Map<Facet, List<String>> searchFilters() {
        Map<Facet, List<String>> filters = new LinkedHashMap<>();
        required.forEach((facet, values) -> filters.put(facet, List.copyOf(values)));
        return filters;
    }

    /** Whether some clause must be checked on each hit, outside the catalog search. */
    boolean checksHits() {
        return !checks.isEmpty();
    }

    boolean accepts(DataResource resource) {
        return checks.stream().allMatch(check -> check.test(resource));
    }

    /** Whether the clauses contradict each other or name values no resource can have. */
    boolean impossible() {
        return impossible;
    }

    private void add(FilterQuery.Clause clause, OrganizationDirectory organizations, Instant now) {
        String field = clause.field();
        if (clause instanceof FilterQuery.Range range) {
            Function<DataResource, Instant> time = switch (field) {
                case "metadata_modified" -> DataResource::updatedAt;
                case "metadata_created" -> DataResource::createdAt;
                default -> throw CkanException.invalid("fq", "ranges are only supported on metadata_modified and"
                        + " metadata_created, not " + field);
            };
            @Nullable Instant from = range.lower() == null ? null : instant(range.lower(), now);
            @Nullable Instant to = range.upper() == null ? null : instant(range.upper(), now);
            check(clause, r -> (from == null || !time.apply(r).isBefore(from))
                    && (to == null || !time.apply(r).isAfter(to)));
            return;
        }
        List<String> values = ((FilterQuery.Term) clause).values();
        var facet = CkanFields.facet(field);
        if (facet.isPresent()) {
            Set<String> accepted = new LinkedHashSet<>();
            values.forEach(v -> CkanFields.facetValue(facet.get(), v, organizations).ifPresent(accepted::add));
            if (clause.negated()) {
                check(clause, r -> CkanFields.matches(facet.get(), r, accepted));
            } else {
                require(facet.get(), accepted);
            }
            return;
        }
        Predicate<DataResource> test = switch (field) {
            case "tags" -> r -> r.keywords().stream().anyMatch(tag -> containsIgnoringCase(values, tag.strip()));
            case "license_id" -> r -> containsIgnoringCase(values, r.licence().strip());
            case "res_format" -> r -> false; // no resource has distributions with formats yet
            case "name" -> r -> values.stream().anyMatch(v -> CkanNames.of(r.code()).equals(v.strip()));
            case "id" -> r -> containsIgnoringCase(values, r.code());
            case "dataset_type", "type" -> r -> values.contains("dataset");
            case "state" -> r -> values.contains(CkanPackages.state(r.state()));
            case "private" -> r -> values.stream().anyMatch(v -> v.equalsIgnoreCase(Boolean.toString(!r.isOpen())));
            case "capacity" -> r -> values.contains(r.isOpen() ? "public" : "private");
            case "metadata_modified", "metadata_created" -> throw CkanException.invalid("fq",
                    field + " needs a range such as [2024-01-01T00:00:00Z TO *]");
            default -> throw CkanException.invalid("fq", "unknown field " + field);
        };
        check(clause, test);
    }

    private void require(Facet facet, Set<String> values) {
        Set<String> current = required.get(facet);
        Set<String> accepted = new LinkedHashSet<>(values);
        if (current != null) {
            accepted.retainAll(current);
        }
        required.put(facet, accepted);
        if (accepted.isEmpty()) {
            impossible = true;
        }
    }

    private void check(FilterQuery.Clause clause, Predicate<DataResource> test) {
        checks.add(clause.negated() ? test.negate() : test);
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        return values.stream().anyMatch(v -> v.strip().equalsIgnoreCase(value));
    }

    /** A range bound: {@code NOW}, an instant, a date-time in UTC without zone (CKAN's own form) or a date. */
    private static Instant instant(String bound, Instant now) {
        if (bound.equals("NOW")) {
            return now;
        }
        try {
            if (bound.length() == 10) {
                return LocalDate.parse(bound).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (bound.toUpperCase(Locale.ROOT).endsWith("Z") || bound.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(bound).toInstant();
            }
            return LocalDateTime.parse(bound).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw CkanException.invalid("fq", "not a date: " + bound);
        }
    }
}
