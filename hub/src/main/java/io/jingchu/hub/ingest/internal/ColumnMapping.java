package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which source column feeds which field. A column matches a field by its machine name or its Chinese label,
 * ignoring case, surrounding spaces (also full-width ones) and a byte-order mark. Every column must match a
 * field and every required field must have a column: the schema is the contract.
 *
 * @param sourceNames the source's column names, in source order
 * @param fieldOfColumn for each source column, the index of its field in {@code fields}
 * @param columnOfField for each field, the index of its source column, or -1 when the source lacks it
 */
record ColumnMapping(List<FieldSpec> fields, List<String> sourceNames, int[] fieldOfColumn, int[] columnOfField) {

    static ColumnMapping of(List<String> sourceNames, List<FieldSpec> fields) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            byKey.putIfAbsent(normalize(fields.get(i).name()), i);
            byKey.putIfAbsent(normalize(fields.get(i).label()), i);
        }
        int[] fieldOfColumn = new int[sourceNames.size()];
        int[] columnOfField = new int[fields.size()];
        java.util.Arrays.fill(columnOfField, -1);
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int c = 0; c < sourceNames.size(); c++) {
            Integer f = byKey.get(normalize(sourceNames.get(c)));
            if (f == null) {
                unknown.add(sourceNames.get(c));
                continue;
            }
            if (columnOfField[f] >= 0) {
                repeated.add(sourceNames.get(c));
                continue;
            }
            fieldOfColumn[c] = f;
            columnOfField[f] = c;
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (columnOfField[f] < 0 && !fields.get(f).nullable()) {
                missing.add(fields.get(f).name() + "(" + fields.get(f).label() + ")");
            }
        }
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add("unknown columns " + unknown);
        }
        if (!repeated.isEmpty()) {
            problems.add("columns naming the same field twice " + repeated);
        }
        if (!missing.isEmpty()) {
            problems.add("required fields without a column " + missing);
        }
        if (!problems.isEmpty()) {
            throw DomainException.onField(ErrorCode.SCHEMA_MISMATCH, "columns", String.join("; ", problems));
        }
        return new ColumnMapping(List.copyOf(fields), List.copyOf(sourceNames), fieldOfColumn, columnOfField);
    }

    /** The source column a field is read from, null when the source lacks it. */
    @Nullable String sourceOf(int field) {
        return columnOfField[field] < 0 ? null : sourceNames.get(columnOfField[field]);
    }

    /** Fields the source has no column for (all optional, loaded as empty). */
    List<String> unmapped() {
        List<String> out = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (columnOfField[f] < 0) {
                out.add(fields.get(f).name());
            }
        }
        return out;
    }

    static String normalize(String name) {
        String s = name.replace("\uFEFF", "").replace('\u3000', ' ').strip();
        return s.toLowerCase(Locale.ROOT);
    }
}
