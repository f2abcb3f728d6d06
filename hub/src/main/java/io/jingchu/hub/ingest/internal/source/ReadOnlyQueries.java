package io.jingchu.hub.ingest.internal.source;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first check on a query a publisher gives for a relational pull: it must be one {@code SELECT} (or
 * {@code WITH … SELECT}) statement without data-changing words. The text is tokenized the way the source
 * database would (strings, quoted identifiers, comments, PostgreSQL's dollar quotes, MySQL's {@code #}
 * comments) so that a semicolon or keyword hidden from a naive scan is still seen. Where the database's
 * settings change the tokenizing (backslash escapes in strings), every reading is checked and any one of
 * them refusing refuses the query.
 *
 * <p>This is not the only guard: the pull also runs in a read-only transaction on a read-only connection.
 * It is the one that gives a clear answer before connecting.
 */
final class ReadOnlyQueries {

    static final String FIELD = "jdbc.query";

    /**
     * Words that make a SELECT write: data-modifying common table expressions ({@code WITH d AS (DELETE …)}),
     * row locks ({@code FOR UPDATE}), {@code SELECT … INTO} a table or a file; and the DDL verbs, which have
     * no place in a query at all.
     */
    private static final Set<String> FORBIDDEN = Set.of(
            "INSERT", "UPDATE", "DELETE", "MERGE", "INTO",
            "CREATE", "ALTER", "DROP", "TRUNCATE", "GRANT", "REVOKE");

    private static final Set<String> STARTS = Set.of("SELECT", "WITH");

    /** Backslash escapes in single- and double-quoted text: off, on in strings only, on in both. */
    private static final boolean[][] READINGS = {{false, false}, {true, false}, {true, true}};

    private ReadOnlyQueries() {
    }

    /**
     * The statement to run: the query itself, without a single trailing semicolon (and what follows it, which
     * can only be blanks and comments).
     *
     * @throws DomainException {@code SQL_NOT_ALLOWED} on {@code jdbc.query}, the argument naming what was
     *     refused ({@code ;}, a keyword, an unterminated literal or an executable comment)
     */
    static String check(String query, SqlDialect dialect) {
        int end = -1;
        for (boolean[] reading : READINGS) {
            Tokens tokens = new Lexer(query, dialect, reading[0], reading[1]).run();
            int statementEnd = tokens.statementEnd(query.length());
            if (end >= 0 && statementEnd != end) {
                throw refused(";");
            }
            end = statementEnd;
            tokens.requireReadOnly();
        }
        return query.substring(0, end).strip();
    }

    private static DomainException refused(String what) {
        return DomainException.onField(ErrorCode.SQL_NOT_ALLOWED, FIELD, what);
    }

    /** What one reading of the text found outside literals and comments. */
    private static final class Tokens {
        final List<String> words = new ArrayList<>();
        final List<Integer> semicolons = new ArrayList<>();
        /** Whether anything but a semicolon came after the first semicolon. */
        boolean afterSemicolon;
        /** Whether anything but opening parentheses came before the first word. */
        boolean beforeFirstWord;

        int statementEnd(int length) {
            if (semicolons.isEmpty()) {
                return length;
            }
            if (semicolons.size() > 1 || afterSemicolon) {
                throw refused(";");
            }
            return semicolons.get(0);
        }

        void requireReadOnly() {
            if (words.isEmpty()) {
                throw refused("SELECT");
            }
            String first = words.get(0);
            if (beforeFirstWord || !STARTS.contains(first)) {
                throw refused(first);
            }
            for (String word : words) {
                if (FORBIDDEN.contains(word)) {
                    throw refused(word);
                }
            }
        }
    }

    private static final class Lexer {
        private final String s;
        private final SqlDialect dialect;
        private final boolean backslashInStrings;
        private final boolean backslashInDoubleQuotes;
        private final Tokens tokens = new Tokens();
        private int i;

        Lexer(String s, SqlDialect dialect, boolean backslashInStrings, boolean backslashInDoubleQuotes) {
            this.s = s;
            this.dialect = dialect;
            this.backslashInStrings = backslashInStrings;
            this.backslashInDoubleQuotes = backslashInDoubleQuotes;
        }

        Tokens run() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && at("--") && lineCommentByDashes()) {
                    skipLine();
                } else if (c == '#' && dialect == SqlDialect.MARIADB) {
                    skipLine();
                } else if (c == '/' && at("/*")) {
                    blockComment();
                } else if (c == ';') {
                    tokens.semicolons.add(i);
                    i++;
                } else {
                    token(c);
                }
            }
            return tokens;
        }

        private void token(char c) {
            if (!tokens.semicolons.isEmpty()) {
                tokens.afterSemicolon = true;
            }
            if (c == '\'') {
                boolean escaped = backslashInStrings || isEscapeStringPrefix();
                quoted('\'', escaped);
            } else if (c == '"') {
                quoted('"', dialect == SqlDialect.MARIADB && backslashInDoubleQuotes);
            } else if (c == '`' && dialect == SqlDialect.MARIADB) {
                quoted('`', false);
            } else if (c == '$' && dialect == SqlDialect.POSTGRESQL && dollarQuote()) {
                return;
            } else if (isWordStart(c)) {
                int start = i;
                while (i < s.length() && isWordPart(s.charAt(i))) {
                    i++;
                }
                tokens.words.add(s.substring(start, i).toUpperCase(Locale.ROOT));
            } else {
                if (tokens.words.isEmpty() && c != '(') {
                    tokens.beforeFirstWord = true;
                }
                i++;
            }
        }

        /** PostgreSQL's E'…' strings take backslash escapes whatever the server's settings. */
        private boolean isEscapeStringPrefix() {
            if (dialect != SqlDialect.POSTGRESQL || i == 0) {
                return false;
            }
            char prefix = s.charAt(i - 1);
            return (prefix == 'E' || prefix == 'e') && (i == 1 || !isWordPart(s.charAt(i - 2)));
        }

        /** MySQL takes {@code --} as a comment only when a blank or control character follows. */
        private boolean lineCommentByDashes() {
            if (dialect == SqlDialect.POSTGRESQL) {
                return true;
            }
            return i + 2 >= s.length() || s.charAt(i + 2) <= ' ';
        }

        private void quoted(char quote, boolean backslashEscapes) {
            i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (backslashEscapes && c == '\\') {
                    i += 2;
                } else if (c == quote) {
                    if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                        i += 2;
                    } else {
                        i++;
                        return;
                    }
                } else {
                    i++;
                }
            }
            throw refused(String.valueOf(quote));
        }

        /** A PostgreSQL dollar-quoted string {@code $tag$…$tag$}; false when the dollar sign is something else. */
        private boolean dollarQuote() {
            if (i > 0 && isWordPart(s.charAt(i - 1))) {
                return false;
            }
            int j = i + 1;
            if (j < s.length() && isWordStart(s.charAt(j))) {
                while (j < s.length() && isWordPart(s.charAt(j)) && s.charAt(j) != '$') {
                    j++;
                }
            }
            if (j >= s.length() || s.charAt(j) != '$') {
                return false;
            }
            String tag = s.substring(i, j + 1);
            int close = s.indexOf(tag, j + 1);
            if (close < 0) {
                throw refused(tag);
            }
            i = close + tag.length();
            return true;
        }

        private void blockComment() {
            if (dialect == SqlDialect.MARIADB && (at("/*!") || at("/*M!"))) {
                // MySQL and MariaDB run the text of these comments as SQL
                throw refused(s.substring(i, s.indexOf('!', i) + 1));
            }
            int depth = 0;
            while (i < s.length()) {
                if (at("/*") && (depth == 0 || dialect == SqlDialect.POSTGRESQL)) {
                    depth++;
                    i += 2;
                } else if (at("*/")) {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    i++;
                }
            }
            throw refused("/*");
        }

        private void skipLine() {
            while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                i++;
            }
        }

        private boolean at(String prefix) {
            return s.startsWith(prefix, i);
        }

        private static boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
