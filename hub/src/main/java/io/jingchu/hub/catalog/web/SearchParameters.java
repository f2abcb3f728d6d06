package io.jingchu.hub.catalog.web;

import io.jingchu.hub.catalog.LifecycleState;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.SearchQuery.Sort;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.SharingAttribute;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.region.DivisionCodes;
import io.jingchu.hub.region.DivisionLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the search endpoint's query parameters strictly: a value outside a fixed list is refused naming
 * its parameter, so that a typo never silently widens a search.
 */
final class SearchParameters {

    private final Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);

    private SearchParameters() {
    }

    static SearchParameters filters() {
        return new SearchParameters();
    }

    SearchParameters organizations(@Nullable List<String> values) {
        return add(Facet.ORGANIZATION, "organization", values, v -> {
            try {
                return Long.toString(Long.parseLong(v));
            } catch (NumberFormatException e) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, "organization", v);
            }
        });
    }

    SearchParameters divisions(@Nullable List<String> values) {
        return add(Facet.DIVISION, "division", values, v -> {
            if (!DivisionCodes.isValid(v)) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, "division", v);
            }
            return v;
        });
    }

    SearchParameters enums(Facet facet, String parameter, @Nullable List<String> values, Class<? extends Enum<?>> type) {
        return add(facet, parameter, values, v -> constant(type, parameter, v));
    }

    SearchParameters highQuality(@Nullable List<String> values) {
        return add(Facet.HIGH_QUALITY, "highQuality", values, v -> switch (v) {
            case "true", "false" -> v;
            default -> throw DomainException.onField(ErrorCode.FIELD_INVALID, "highQuality", v);
        });
    }

    /** All the facet parameters of the search endpoint, in one call. */
    static Map<Facet, List<String>> read(@Nullable List<String> organization, @Nullable List<String> division,
            @Nullable List<String> level, @Nullable List<String> theme, @Nullable List<String> grade,
            @Nullable List<String> opening, @Nullable List<String> sharing, @Nullable List<String> state,
            @Nullable List<String> highQuality) {
        return filters()
                .organizations(organization)
                .divisions(division)
                .enums(Facet.LEVEL, "level", level, DivisionLevel.class)
                .enums(Facet.THEME, "theme", theme, Theme.class)
                .enums(Facet.GRADE, "grade", grade, SecurityGrade.class)
                .enums(Facet.OPENING, "opening", opening, OpeningAttribute.class)
                .enums(Facet.SHARING, "sharing", sharing, SharingAttribute.class)
                .enums(Facet.STATE, "state", state, LifecycleState.class)
                .highQuality(highQuality)
                .filters;
    }

    static Sort sort(String value) {
        try {
            return Sort.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, "sort", value);
        }
    }

    static SearchQuery query(@Nullable String q, Map<Facet, List<String>> filters, String sort, int offset,
            int limit) {
        if (offset < 0) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "offset", offset);
        }
        if (limit < 1 || limit > 100) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "limit", limit);
        }
        return new SearchQuery(q == null || q.isBlank() ? null : q.strip(), filters, List.of(Facet.values()),
                sort(sort), offset, limit);
    }

    private SearchParameters add(Facet facet, String parameter, @Nullable List<String> values,
            Function<String, String> parse) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        List<String> parsed = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw DomainException.onField(ErrorCode.FIELD_INVALID, parameter, "");
            }
            parsed.add(parse.apply(value.strip()));
        }
        filters.put(facet, List.copyOf(parsed));
        return this;
    }

    private static String constant(Class<? extends Enum<?>> type, String parameter, String value) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return value;
            }
        }
        throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, parameter, value);
    }
}
