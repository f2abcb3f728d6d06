package io.jingchu.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A catalog search: words to look for and filters, each filter accepting several values (any of them
 * matches). Values are the hub's constant names; {@code divisions} match the division and everything below.
 *
 * @param text words to look for; null or blank matches everything
 * @param highQuality only 高质量数据集 when true, only the others when false, both when null
 * @param sort relevance, updated, title or code; the hub's default (relevance) when null
 * @param offset first hit, from 0; the hub's default when null
 * @param limit hits per page (1 to 100); the hub's default when null
 */
public record SearchRequest(
        String text,
        List<Long> organizations,
        List<String> divisions,
        List<String> levels,
        List<String> themes,
        List<String> grades,
        List<String> openings,
        List<String> sharings,
        List<String> states,
        Boolean highQuality,
        String sort,
        Integer offset,
        Integer limit) {

    public SearchRequest {
        organizations = copy(organizations);
        divisions = copy(divisions);
        levels = copy(levels);
        themes = copy(themes);
        grades = copy(grades);
        openings = copy(openings);
        sharings = copy(sharings);
        states = copy(states);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything, in the hub's default order and page size. */
    public static SearchRequest all() {
        return builder().build();
    }

    /** The query parameters of {@code GET /api/v1/resources}, in a stable order, repeated per value. */
    List<Map.Entry<String, String>> queryParameters() {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            parameters.add(Map.entry("q", text));
        }
        organizations.forEach(id -> parameters.add(Map.entry("organization", id.toString())));
        divisions.forEach(value -> parameters.add(Map.entry("division", value)));
        levels.forEach(value -> parameters.add(Map.entry("level", value)));
        themes.forEach(value -> parameters.add(Map.entry("theme", value)));
        grades.forEach(value -> parameters.add(Map.entry("grade", value)));
        openings.forEach(value -> parameters.add(Map.entry("opening", value)));
        sharings.forEach(value -> parameters.add(Map.entry("sharing", value)));
        states.forEach(value -> parameters.add(Map.entry("state", value)));
        if (highQuality != null) {
            parameters.add(Map.entry("highQuality", highQuality.toString()));
        }
        if (sort != null) {
            parameters.add(Map.entry("sort", sort));
        }
        if (offset != null) {
            parameters.add(Map.entry("offset", offset.toString()));
        }
        if (limit != null) {
            parameters.add(Map.entry("limit", limit.toString()));
        }
        return parameters;
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Collects a request; each filter method adds values to what was given before. */
    public static final class Builder {
        private String text;
        private final List<Long> organizations = new ArrayList<>();
        private final List<String> divisions = new ArrayList<>();
        private final List<String> levels = new ArrayList<>();
        private final List<String> themes = new ArrayList<>();
        private final List<String> grades = new ArrayList<>();
        private final List<String> openings = new ArrayList<>();
        private final List<String> sharings = new ArrayList<>();
        private final List<String> states = new ArrayList<>();
        private Boolean highQuality;
        private String sort;
        private Integer offset;
        private Integer limit;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder organization(long... ids) {
            for (long id : ids) {
                organizations.add(id);
            }
            return this;
        }

        public Builder division(String... codes) {
            divisions.addAll(List.of(codes));
            return this;
        }

        public Builder level(String... values) {
            levels.addAll(List.of(values));
            return this;
        }

        public Builder theme(String... values) {
            themes.addAll(List.of(values));
            return this;
        }

        public Builder grade(String... values) {
            grades.addAll(List.of(values));
            return this;
        }

        public Builder opening(String... values) {
            openings.addAll(List.of(values));
            return this;
        }

        public Builder sharing(String... values) {
            sharings.addAll(List.of(values));
            return this;
        }

        public Builder state(String... values) {
            states.addAll(List.of(values));
            return this;
        }

        public Builder highQuality(Boolean highQuality) {
            this.highQuality = highQuality;
            return this;
        }

        public Builder sort(String sort) {
            this.sort = sort;
            return this;
        }

        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(text, organizations, divisions, levels, themes, grades, openings, sharings,
                    states, highQuality, sort, offset, limit);
        }
    }
}
