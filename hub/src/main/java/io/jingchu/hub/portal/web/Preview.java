package io.jingchu.hub.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The state of a dataset page's preview table, kept in the page's URL ({@code field}, {@code op}, {@code value},
 * {@code sort}, {@code page}) and turned into the row API's parameters, so that the preview, a shared link and
 * the download links all select the same rows.
 */
public record Preview(String code, @Nullable String field, String op, @Nullable String value, @Nullable String sort,
        int page) {

    static final int PAGE_SIZE = 20;
    /** The conditions the form offers, as the row API spells them. */
    static final List<String> OPERATORS = List.of("contains", "eq", "ne", "gt", "gte", "lt", "lte");
    private static final Set<String> WITHOUT_VALUE = Set.of("null", "notnull");

    static Preview read(String code, MultiValueMap<String, String> params) {
        String op = blankToNull(params.getFirst("op"));
        String page = blankToNull(params.getFirst("page"));
        int number = 1;
        if (page != null) {
            try {
                number = Math.max(1, Integer.parseInt(page));
            } catch (NumberFormatException e) {
                number = 1;
            }
        }
        return new Preview(code, blankToNull(params.getFirst("field")), op == null ? "contains" : op,
                params.getFirst("value") == null ? null : params.getFirst("value").strip(),
                blankToNull(params.getFirst("sort")), number);
    }

    /** Whether a filter is set: a field, and a value unless the condition needs none. */
    public boolean filtered() {
        return field != null && (WITHOUT_VALUE.contains(op) || (value != null && !value.isEmpty()));
    }

    /** The selection as the row API and the exports take it: filter and sort, no paging. */
    MultiValueMap<String, String> selection() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (filtered()) {
            params.add("filter", field + ":" + op + (WITHOUT_VALUE.contains(op) ? "" : ":" + value));
        }
        if (sort != null) {
            params.add("sort", sort);
        }
        return params;
    }

    /** The row API's parameters of this page of the preview, with its exact total. */
    Map<String, List<String>> rowParameters() {
        MultiValueMap<String, String> params = selection();
        params.add("limit", Integer.toString(PAGE_SIZE));
        params.add("offset", Long.toString((long) (page - 1) * PAGE_SIZE));
        params.add("include_total", "exact");
        return params;
    }

    /** Where the export in this format of the same selection is downloaded. */
    public String exportUrl(String extension) {
        return UriComponentsBuilder.fromPath("/api/v1/resources/{code}/export." + extension)
                .queryParams(selection()).encode().buildAndExpand(code).toUriString();
    }

    /** The preview sorted by a field: ascending first, descending when it already is ascending. */
    public String sortedBy(String name) {
        String next = name.equals(sort) ? "-" + name : name;
        return new Preview(code, field, op, value, next, 1).url();
    }

    public String atPage(int number) {
        return new Preview(code, field, op, value, sort, number).url();
    }

    /** {@code asc}, {@code desc} or {@code none}: how the column of this field is sorted now. */
    public String sortOf(String name) {
        if (name.equals(sort)) {
            return "ascending";
        }
        return ("-" + name).equals(sort) ? "descending" : "none";
    }

    public String url() {
        return at("/datasets/{code}");
    }

    /** Where the page's map asks for the points of this filter (no sort, no paging: the first points). */
    String pointsUrl() {
        return new Preview(code, field, op, value, null, 1).at("/datasets/{code}/map");
    }

    private String at(String path) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (field != null) {
            params.add("field", field);
            params.add("op", op);
            if (value != null && !value.isEmpty()) {
                params.add("value", value);
            }
        }
        if (sort != null) {
            params.add("sort", sort);
        }
        if (page > 1) {
            params.add("page", Integer.toString(page));
        }
        return UriComponentsBuilder.fromPath(path).queryParams(params).encode().buildAndExpand(code).toUriString();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
