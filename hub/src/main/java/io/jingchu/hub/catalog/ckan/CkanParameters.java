package io.jingchu.hub.catalog.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of one action call, as CKAN takes them: from the query string (or a form), or from a JSON object
 * in a POST body, whose members win. Values are read leniently the way CKAN's validators read them (a number may
 * come as text, a list as a JSON array in text) and refused with a CKAN validation error when they make no sense.
 */
final class CkanParameters {

    private final Map<String, Object> values;
    private final JsonMapper json;

    private CkanParameters(Map<String, Object> values, JsonMapper json) {
        this.values = values;
        this.json = json;
    }

    static CkanParameters of(MultiValueMap<String, String> query, @Nullable String body, JsonMapper json) {
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, list) -> {
            if (list.size() == 1) {
                values.put(name, list.get(0));
            } else if (!list.isEmpty()) {
                values.put(name, List.copyOf(list));
            }
        });
        if (body != null && !body.isBlank()) {
            Object parsed;
            try {
                parsed = json.readValue(body, Object.class);
            } catch (JacksonException e) {
                throw CkanException.badRequest("JSON Error: could not parse the request body");
            }
            if (!(parsed instanceof Map<?, ?> members)) {
                throw CkanException.badRequest("JSON Error: the request body must be a JSON object");
            }
            members.forEach((name, value) -> {
                if (value != null) {
                    values.put(String.valueOf(name), value);
                }
            });
        }
        return new CkanParameters(values, json);
    }

    static CkanParameters of(Map<String, Object> values, JsonMapper json) {
        return new CkanParameters(new LinkedHashMap<>(values), json);
    }

    @Nullable String string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?>) {
            throw CkanException.invalid(name, "Expected a single value");
        }
        if (value instanceof Map<?, ?>) {
            throw CkanException.invalid(name, "Expected a single value");
        }
        return value.toString();
    }

    String required(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            throw CkanException.invalid(name, "Missing value");
        }
        return value.strip();
    }

    /** A natural number (0 or more), or the default when absent. */
    int natural(String name, int defaultValue) {
        Object value = values.get(name);
        if (value == null || (value instanceof String text && text.isBlank())) {
            return defaultValue;
        }
        long number;
        if (value instanceof Number n && (n instanceof Integer || n instanceof Long || n instanceof Short)) {
            number = n.longValue();
        } else if (value instanceof String text) {
            try {
                number = Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw CkanException.invalid(name, "Invalid integer");
            }
        } else {
            throw CkanException.invalid(name, "Invalid integer");
        }
        if (number < 0) {
            throw CkanException.invalid(name, "Must be a natural number");
        }
        return (int) Math.min(number, Integer.MAX_VALUE);
    }

    /** An integer that may be negative (CKAN's {@code facet.limit} uses -1 for no limit). */
    int integer(String name, int defaultValue) {
        Object value = values.get(name);
        if (value == null || (value instanceof String text && text.isBlank())) {
            return defaultValue;
        }
        try {
            long number = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(number, Integer.MAX_VALUE));
        } catch (NumberFormatException e) {
            throw CkanException.invalid(name, "Invalid integer");
        }
    }

    boolean bool(String name) {
        Object value = values.get(name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off", "" -> false;
            default -> throw CkanException.invalid(name, "Invalid boolean");
        };
    }

    /** A list of strings given as a JSON array, a JSON array in text, or a single value. */
    List<String> list(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                return List.of();
            }
            if (!trimmed.startsWith("[")) {
                return List.of(trimmed);
            }
            try {
                value = json.readValue(trimmed, Object.class);
            } catch (JacksonException e) {
                throw CkanException.invalid(name, "Invalid JSON list");
            }
        }
        if (!(value instanceof List<?> items)) {
            throw CkanException.invalid(name, "Expected a list");
        }
        List<String> strings = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String || item instanceof Number || item instanceof Boolean)) {
                throw CkanException.invalid(name, "Expected a list of strings");
            }
            strings.add(item.toString());
        }
        return List.copyOf(strings);
    }
}
