package io.jingchu.hub.query;

import io.jingchu.hub.catalog.FieldType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column of a query's answer: a field of the schema, or an aggregate.
 *
 * @param name the field name or aggregate alias
 * @param label the Chinese label shown to people (an aggregate's says what it computes)
 * @param type the type of its values
 * @param unit the unit, if any
 */
public record ResultColumn(String name, String label, FieldType type, @Nullable String unit) {

    public ResultColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
