package io.jingchu.hub.ingest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 校验报告: what a load found in its data, kept with the job and with the version it published.
 *
 * @param rowsRead data rows in the source
 * @param rowsLoaded rows in the published version
 * @param rowsRejected rows left out because a value did not fit its field or a required value was missing
 * @param columns one entry per field, in schema order
 * @param errors the first errors with their row numbers (1 = the first data row) and samples
 * @param duplicateKeys key values that occur more than once, when the schema marks key fields
 * @param personalInformation personal information found in fields not marked as holding it
 * @param qualityScore 0–100: rejected rows, duplicates, personal information and missing values lower it
 */
public record ValidationReport(long rowsRead, long rowsLoaded, long rowsRejected, List<ColumnProfile> columns,
        List<RowError> errors, DuplicateKeys duplicateKeys, List<PersonalFinding> personalInformation,
        List<String> unmappedFields, double qualityScore) {

    /**
     * The key fields when the data proved them a unique key (no row lacks one and no key repeats), so that
     * they identify each row of the version; empty otherwise.
     */
    public List<String> uniqueKey() {
        List<String> keys = duplicateKeys.keyFields();
        if (keys.isEmpty() || duplicateKeys.duplicatedKeys() > 0) {
            return List.of();
        }
        boolean complete = columns.stream().filter(c -> keys.contains(c.field())).allMatch(c -> c.nulls() == 0);
        return complete ? keys : List.of();
    }

    /**
     * @param source the column of the source it was read from, null when the source had none (all null)
     * @param distinct distinct values; estimated by HyperLogLog (off by up to about 10 %) when {@code distinctExact}
     *        is false
     */
    public record ColumnProfile(String field, @Nullable String source, String type, long nulls, long distinct,
            boolean distinctExact, @Nullable String min, @Nullable String max) {
    }

    /**
     * @param row the data row (1 = first row after the header); for text files the line number is
     *        {@code line}
     * @param kind CAST (value does not fit the type), MISSING_VALUE (required field empty), or a file-shape
     *        problem such as TOO_MANY_COLUMNS, MISSING_COLUMNS, UNQUOTED_VALUE, INVALID_ENCODING
     */
    public record RowError(long row, @Nullable Long line, @Nullable String field, String kind,
            @Nullable String value, String message) {
    }

    /** @param samples up to ten repeated keys: the values and how often each occurs */
    public record DuplicateKeys(List<String> keyFields, long duplicatedKeys, long rowsInvolved,
            List<Map<String, Object>> samples) {
    }

    /**
     * @param kind RESIDENT_ID_NUMBER, MOBILE_NUMBER or BANK_CARD_NUMBER
     * @param matches values in the sample that are valid numbers of that kind
     * @param share matches among the sampled non-empty values, 0–1
     * @param samples masked examples, never whole values
     */
    public record PersonalFinding(String field, String kind, long matches, long sampled, double share,
            List<String> samples) {
    }
}
