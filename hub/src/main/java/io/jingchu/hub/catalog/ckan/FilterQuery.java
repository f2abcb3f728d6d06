package io.jingchu.hub.catalog.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses the Solr-style filter queries ({@code fq}) that CKAN clients send: a sequence of clauses, all of which must
 * hold, such as {@code organization:yc-scjgj +groups:transport tags:"公共 交通" -res_format:PDF
 * metadata_modified:[2024-01-01T00:00:00Z TO *]}. Supported per clause: a bare or quoted value, a parenthesised
 * {@code OR} list ({@code groups:(transport OR health)}), an inclusive range, and negation by {@code -}, {@code !}
 * or {@code NOT}. {@code AND} between clauses is accepted; {@code OR} between clauses is refused because it cannot
 * be narrowed safely. Anything else is a validation error, never a wider search.
 */
final class FilterQuery {

    static final int MAX_LENGTH = 2000;
    static final int MAX_CLAUSES = 50;
    static final int MAX_VALUES = 100;

    /** One condition on one field. */
    sealed interface Clause permits Term, Range {
        String field();

        boolean negated();
    }

    /** The field has one of the values (any of them: they come from a parenthesised OR list). */
    record Term(String field, List<String> values, boolean negated) implements Clause {
        Term {
            values = List.copyOf(values);
        }
    }

    /** The field lies between the bounds, both inclusive; a null bound ({@code *}) is open. */
    record Range(String field, @Nullable String lower, @Nullable String upper, boolean negated) implements Clause {
    }

    private final String text;
    private int pos;

    private FilterQuery(String text) {
        this.text = text;
    }

    static List<Clause> parse(@Nullable String fq) {
        if (fq == null || fq.isBlank()) {
            return List.of();
        }
        if (fq.length() > MAX_LENGTH) {
            throw invalid("fq is longer than " + MAX_LENGTH + " characters");
        }
        return new FilterQuery(fq).clauses();
    }

    private List<Clause> clauses() {
        List<Clause> clauses = new ArrayList<>();
        boolean negated = false;
        while (true) {
            skipSpace();
            if (atEnd()) {
                break;
            }
            if (keyword("AND") || symbol("&&")) {
                continue;
            }
            if (keyword("OR") || symbol("||")) {
                throw invalid("OR between clauses is not supported, use field:(a OR b)");
            }
            if (keyword("NOT")) {
                negated = !negated;
                continue;
            }
            char sign = peek();
            if (sign == '+') {
                pos++;
            } else if (sign == '-' || sign == '!') {
                negated = !negated;
                pos++;
            }
            if (text.startsWith("*:*", pos)) {
                if (negated) {
                    throw invalid("a negated *:* matches nothing");
                }
                pos += 3;
                continue;
            }
            clauses.add(clause(negated));
            negated = false;
            if (clauses.size() > MAX_CLAUSES) {
                throw invalid("more than " + MAX_CLAUSES + " clauses");
            }
        }
        if (negated) {
            throw invalid("NOT or - must be followed by a clause");
        }
        return clauses;
    }

    private Clause clause(boolean negated) {
        int start = pos;
        while (!atEnd() && isFieldChar(peek())) {
            pos++;
        }
        String field = text.substring(start, pos);
        if (field.isEmpty() || atEnd() || peek() != ':') {
            throw invalid("expected field:value at position " + start);
        }
        pos++;
        if (atEnd()) {
            throw invalid("missing value for " + field);
        }
        char open = peek();
        if (open == '(') {
            pos++;
            return new Term(field, valueList(field), negated);
        }
        if (open == '[') {
            pos++;
            return range(field, negated);
        }
        if (open == '{') {
            throw invalid("exclusive ranges are not supported, use [from TO to]");
        }
        return new Term(field, List.of(value(field)), negated);
    }

    private List<String> valueList(String field) {
        List<String> values = new ArrayList<>();
        while (true) {
            skipSpace();
            if (atEnd()) {
                throw invalid("unclosed ( in " + field);
            }
            if (peek() == ')') {
                pos++;
                break;
            }
            if (!values.isEmpty()) {
                if (!(keyword("OR") || symbol("||"))) {
                    throw invalid("values in ( ) must be separated by OR in " + field);
                }
                skipSpace();
            }
            values.add(value(field));
            if (values.size() > MAX_VALUES) {
                throw invalid("more than " + MAX_VALUES + " values in " + field);
            }
        }
        if (values.isEmpty()) {
            throw invalid("empty ( ) in " + field);
        }
        return values;
    }

    private Range range(String field, boolean negated) {
        skipSpace();
        String lower = bound(field);
        skipSpace();
        if (!keyword("TO")) {
            throw invalid("expected TO in the range of " + field);
        }
        skipSpace();
        String upper = bound(field);
        skipSpace();
        if (atEnd() || peek() != ']') {
            throw invalid("unclosed [ in " + field);
        }
        pos++;
        return new Range(field, "*".equals(lower) ? null : lower, "*".equals(upper) ? null : upper, negated);
    }

    private String bound(String field) {
        int start = pos;
        while (!atEnd() && !Character.isWhitespace(peek()) && peek() != ']') {
            pos++;
        }
        if (start == pos) {
            throw invalid("missing bound in the range of " + field);
        }
        return text.substring(start, pos);
    }

    private String value(String field) {
        if (peek() == '"') {
            pos++;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw invalid("unclosed quote in " + field);
                }
                char c = text.charAt(pos++);
                if (c == '\\' && !atEnd()) {
                    value.append(text.charAt(pos++));
                } else if (c == '"') {
                    return value.toString();
                } else {
                    value.append(c);
                }
            }
        }
        StringBuilder value = new StringBuilder();
        while (!atEnd()) {
            char c = peek();
            if (Character.isWhitespace(c) || c == ')' || c == '(' || c == '"') {
                break;
            }
            pos++;
            if (c == '\\' && !atEnd()) {
                value.append(text.charAt(pos++));
            } else {
                value.append(c);
            }
        }
        if (value.isEmpty()) {
            throw invalid("missing value for " + field);
        }
        return value.toString();
    }

    /** Consumes a word such as AND when it stands on its own. */
    private boolean keyword(String word) {
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        if (text.startsWith(symbol, pos)) {
            pos += symbol.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    /** The next character, or NUL past the end, so that every caller meets the end as a refusal. */
    private char peek() {
        return atEnd() ? '\0' : text.charAt(pos);
    }

    private static boolean isFieldChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    }

    private static CkanException invalid(String message) {
        return CkanException.invalid("fq", Objects.requireNonNull(message));
    }
}
