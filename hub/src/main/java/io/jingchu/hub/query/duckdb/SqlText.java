package io.jingchu.hub.query.duckdb;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The only pieces of text the engine writes into statements itself: field names from a version's schema, as
 * quoted identifiers after checking them against the schema's naming rule; paths and sizes the hub made or was
 * configured with, as literals. Nothing a request contains ever passes through here.
 */
final class SqlText {

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern SIZE = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,3})? ?([KMGT]i?B)");

    private SqlText() {
    }

    /** A field name (or an alias built from field names) as a quoted identifier. */
    static String name(String name) {
        if (!FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a field name: " + name);
        }
        return '"' + name + '"';
    }

    /** A path as a string literal. */
    static String path(Path path) {
        return literal(path.toAbsolutePath().normalize().toString());
    }

    /** A directory as a string literal ending in the separator, as DuckDB's allowed_directories wants. */
    static String directory(Path path) {
        String dir = path.toAbsolutePath().normalize().toString();
        return literal(dir.endsWith("/") ? dir : dir + "/");
    }

    /** A memory size from the settings, as a string literal. */
    static String size(String size) {
        if (!SIZE.matcher(size.strip()).matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        return literal(size.strip());
    }

    /** A quoted identifier for a name the hub made (a resource code), with quotes doubled. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
