package io.jingchu.hub.catalog;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 字段: one field of a resource's schema, the contract its data is loaded against.
 *
 * @param name machine name, {@code [a-z][a-z0-9_]*}, unique within the resource
 * @param label Chinese label (中文名称), shown to people and matched when loading files
 * @param type value type
 * @param unit unit of measure, if any (万元, 人, μg/m³)
 * @param nullable whether a value may be missing
 * @param personal whether the field holds personal information (个人信息)
 * @param key whether the field is part of the dataset's key: loads report rows that repeat a key
 */
public record FieldSpec(String name, String label, FieldType type, @Nullable String unit, boolean nullable,
        boolean personal, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean key) {

    public FieldSpec(String name, String label, FieldType type, @Nullable String unit, boolean nullable,
            boolean personal) {
        this(name, label, type, unit, nullable, personal, false);
    }

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
