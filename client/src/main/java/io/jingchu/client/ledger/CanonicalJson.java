package io.jingchu.client.ledger;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of ledger entries, so that an entry has exactly one byte form and thus one hash: the
 * RFC 8785 (JCS) serialization restricted to integers. Members sorted by their names' UTF-16 code units, no
 * whitespace, UTF-8, strings escaped as JCS does (quote and backslash, the short escapes of backspace, form
 * feed, newline, carriage return and tab, other control characters as a lowercase six-character unicode
 * escape, everything else as itself), integers in plain decimal, no fractions or exponents (decimal values and
 * times are written as strings), {@code true}, {@code false}, {@code null}.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical bytes of a value made of maps with string keys, lists, strings, integers, booleans, nulls. */
    public static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> {
                if (!(k instanceof String key)) {
                    throw new IllegalArgumentException("member names are strings, not " + k);
                }
                sorted.put(key, v);
            });
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(member.getKey(), out);
                out.append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(Arrays.asList(array), out);
        } else {
            throw new IllegalArgumentException("no canonical JSON for " + value.getClass().getName()
                    + " (write decimals and times as strings)");
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
