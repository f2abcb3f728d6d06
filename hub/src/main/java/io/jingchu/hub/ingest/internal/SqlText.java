package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.FieldType;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The few pieces of SQL text the loader builds itself. Only names from the resource's schema (checked
 * against the catalog's field-name rule) and paths the hub made are ever written into a statement;
 * nothing that a file or a request contains.
 */
final class SqlText {

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private SqlText() {
    }

    /** A field name as a quoted identifier. */
    static String field(String name) {
        if (!FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a field name: " + name);
        }
        return '"' + name + '"';
    }

    /** A field name as a string literal, for comparing with names the engine reports (such as a file's columns). */
    static String fieldLiteral(String name) {
        return "'" + field(name).substring(1, name.length() + 1) + "'";
    }

    /** A path the hub created, as a string literal. */
    static String path(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** The engine's type for a field type. Decimals keep six places: coordinates to about 0.1 m, rates, money in 万元. */
    static String type(FieldType type) {
        return switch (type) {
            case STRING -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DECIMAL(18,6)";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
        };
    }
}
