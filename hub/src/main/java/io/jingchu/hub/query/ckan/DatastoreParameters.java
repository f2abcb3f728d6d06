package io.jingchu.hub.query.ckan;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
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
 * The parameters of a DataStore action as CKAN takes them: from the query string, or from a JSON object posted as
 * the body (whose members win). Structured values ({@code filters}, {@code q} as an object, {@code fields} as a
 * list) may come as JSON text in the query string, as CKAN clients send them.
 */
final class DatastoreParameters {

    private final Map<String, Object> values;
    private final JsonMapper json;

    private DatastoreParameters(Map<String, Object> values, JsonMapper json) {
        this.values = values;
        this.json = json;
    }

    static DatastoreParameters of(MultiValueMap<String, String> query, @Nullable String body, JsonMapper json) {
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, list) -> {
            if (list.size() > 1) {
                throw invalid(name, "Expected a single value");
            }
            if (!list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        if (body != null && !body.isBlank()) {
            Object parsed;
            try {
                parsed = json.readValue(body, Object.class);
            } catch (JacksonException e) {
                throw invalid("body", "Could not parse the JSON body");
            }
            if (!(parsed instanceof Map<?, ?> members)) {
                throw invalid("body", "The body must be a JSON object");
            }
            members.forEach((name, value) -> {
                if (value != null) {
                    values.put(String.valueOf(name), value);
                }
            });
        }
        return new DatastoreParameters(values, json);
    }

    @Nullable String string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(name, "Expected a single value");
        }
        return value.toString();
    }

    String required(String name) {
        String value = string(name);
        if (value == null || value.isBlank()) {
            throw DomainException.onField(ErrorCode.FIELD_REQUIRED, name);
        }
        return value.strip();
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    long natural(String name, long defaultValue) {
        Object value = values.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return defaultValue;
        }
        try {
            long number = value instanceof Number n && !(value instanceof Double || value instanceof Float)
                    ? n.longValue() : Long.parseLong(value.toString().strip());
            if (number < 0) {
                throw invalid(name, "Must be a natural number");
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(name, "Invalid integer");
        }
    }

    boolean bool(String name, boolean defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw invalid(name, "Invalid boolean");
        };
    }

    /** A JSON object, given as one or as JSON text; null when absent. */
    @Nullable Map<String, Object> object(String name) {
        Object value = structured(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(name, "Expected a JSON object");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** Text, or a JSON object (given as one or as JSON text starting with a brace). */
    @Nullable Object textOrObject(String name) {
        Object value = values.get(name);
        if (value instanceof String s && s.strip().startsWith("{")) {
            return object(name);
        }
        if (value instanceof Map<?, ?>) {
            return object(name);
        }
        return value == null ? null : string(name);
    }

    /** Names given as a JSON list, a JSON list in text, or comma-separated text; null when absent. */
    @Nullable List<String> names(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String s && !s.strip().startsWith("[")) {
            List<String> names = new ArrayList<>();
            for (String part : s.split(",", -1)) {
                names.add(unquote(part.strip()));
            }
            return names;
        }
        Object list = structured(name);
        if (!(list instanceof List<?> items)) {
            throw invalid(name, "Expected a list");
        }
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String s)) {
                throw invalid(name, "Expected a list of names");
            }
            names.add(s);
        }
        return names;
    }

    private @Nullable Object structured(String name) {
        Object value = values.get(name);
        if (value instanceof String text) {
            try {
                return json.readValue(text, Object.class);
            } catch (JacksonException e) {
                throw invalid(name, "Invalid JSON");
            }
        }
        return value;
    }

    /** CKAN lets names be written as quoted identifiers. */
    static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    static DatastoreException invalid(String field, String message) {
        return new DatastoreException(field, message);
    }
}
