package io.jingchu.hub.portal.web;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything a search page shows, read from its URL and written back into links, so that any search can be
 * shared as an address: {@code q}, a parameter per facet (repeatable), {@code sort} and {@code page}.
 */
public record SearchState(@Nullable String text, Map<Facet, List<String>> filters, Sort sort, int page) {

    static final int PAGE_SIZE = 10;
    /** The facets the page offers, in the order it shows them, with their URL parameters. */
    static final Map<Facet, String> PARAMETERS = parameters();
    private static final int MAX_PAGE = 1000;

    public SearchState {
        filters = Map.copyOf(filters);
    }

    static SearchState read(MultiValueMap<String, String> params) {
        String q = params.getFirst("q");
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        PARAMETERS.forEach((facet, name) -> {
            List<String> values = params.getOrDefault(name, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
            values.forEach(v -> check(facet, name, v));
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        });
        return new SearchState(q == null || q.isBlank() ? null : q.strip(), filters, sort(params.getFirst("sort")),
                page(params.getFirst("page")));
    }

    SearchQuery query() {
        return new SearchQuery(text, filters, List.copyOf(PARAMETERS.keySet()), sort, (page - 1) * PAGE_SIZE,
                PAGE_SIZE);
    }

    /** A URL parameter with its value. */
    public record Parameter(String name, String value) {
    }

    /** The facet filters in force, for a search form that keeps them when the words change. */
    public List<Parameter> hiddenFilters() {
        List<Parameter> parameters = new ArrayList<>();
        PARAMETERS.forEach((facet, name) -> filters.getOrDefault(facet, List.of())
                .forEach(v -> parameters.add(new Parameter(name, v))));
        return parameters;
    }

    public boolean selected(Facet facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    /** This search with the value of a facet added, or taken away when it was chosen; back on the first page. */
    public String toggle(Facet facet, String value) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            changed.remove(facet);
        } else {
            changed.put(facet, values);
        }
        return new SearchState(text, changed, sort, 1).url();
    }

    public String sorted(Sort newSort) {
        return new SearchState(text, filters, newSort, 1).url();
    }

    public String atPage(int newPage) {
        return new SearchState(text, filters, sort, newPage).url();
    }

    public String url() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (text != null) {
            params.add("q", text);
        }
        PARAMETERS.forEach((facet, name) -> filters.getOrDefault(facet, List.of()).forEach(v -> params.add(name, v)));
        if (sort != Sort.RELEVANCE) {
            params.add("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        if (page > 1) {
            params.add("page", Integer.toString(page));
        }
        return UriComponentsBuilder.fromPath("/search").queryParams(params).encode().build().toUriString();
    }

    private static Map<Facet, String> parameters() {
        Map<Facet, String> names = new LinkedHashMap<>();
        names.put(Facet.THEME, "theme");
        names.put(Facet.ORGANIZATION, "organization");
        names.put(Facet.DIVISION, "division");
        names.put(Facet.LEVEL, "level");
        names.put(Facet.OPENING, "opening");
        names.put(Facet.GRADE, "grade");
        names.put(Facet.HIGH_QUALITY, "highQuality");
        return java.util.Collections.unmodifiableMap(names);
    }

    /** A value outside a facet's list is refused naming its parameter, so that a typo never widens a search. */
    private static void check(Facet facet, String parameter, String value) {
        boolean valid = switch (facet) {
            case ORGANIZATION -> value.chars().allMatch(Character::isDigit) && value.length() < 19;
            case DIVISION -> DivisionCodes.isValid(value);
            case LEVEL -> constant(DivisionLevel.class, value);
            case THEME -> constant(Theme.class, value);
            case GRADE -> constant(SecurityGrade.class, value);
            case OPENING -> constant(OpeningAttribute.class, value);
            case SHARING -> constant(SharingAttribute.class, value);
            case STATE -> constant(LifecycleState.class, value);
            case HIGH_QUALITY -> value.equals("true") || value.equals("false");
        };
        if (!valid) {
            throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, parameter, value);
        }
    }

    private static boolean constant(Class<? extends Enum<?>> type, String value) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Sort sort(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Sort.RELEVANCE;
        }
        try {
            return Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, "sort", value);
        }
    }

    static int page(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.onField(ErrorCode.FIELD_INVALID, "page", value);
    }
}
