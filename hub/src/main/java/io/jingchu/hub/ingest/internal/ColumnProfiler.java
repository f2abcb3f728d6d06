package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.ingest.ValidationReport.ColumnProfile;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of each column of a typed Parquet file (empty values, distinct values, minimum, maximum) and a
 * sample of values for the personal-information check.
 *
 * <p>The Parquet writer has already counted empty values and kept each row group's minimum and maximum in the
 * file's footer, so those come from there at no cost; only a column whose footer statistics are missing or
 * inexact (a long string cut short) is scanned for them. The one scan that remains counts distinct values and
 * draws the sample. Distinct values are counted exactly up to {@link #EXACT_DISTINCT_ROWS} rows; above that,
 * exactly and cheaply where the type allows (a bitmap over the range of an integer or date column no wider
 * than {@link #BITMAP_RANGE}, two flags for a boolean), and by HyperLogLog otherwise.
 */
final class ColumnProfiler {

    static final long EXACT_DISTINCT_ROWS = 2_000_000;
    /** The widest range of values counted with a bitmap: 64 Mi bits, 8 MiB per thread. */
    static final long BITMAP_RANGE = 1L << 26;
    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

    private final int personalSample;

    /** @param personalSample non-empty values sampled per field for the personal-information check */
    ColumnProfiler(int personalSample) {
        this.personalSample = personalSample;
    }

    /**
     * @param columns one per field, in the fields' order
     * @param samples field name → its sampled non-empty values, for the fields worth checking
     */
    record Profile(List<ColumnProfile> columns, Map<String, List<String>> samples) {
    }

    /** What the footer tells of one column: null when it cannot tell it all. */
    private record FooterStatistics(long nulls, @Nullable String min, @Nullable String max) {
    }

    /**
     * @param countedElsewhere a field whose distinct values the caller counts exactly anyway (the single key
     *        field, in the duplicate check) unless this scan can count them exactly and cheaply: left out of the
     *        scan with -1 as its distinct count where it cannot; or null
     */
    Profile profile(DuckDBConnection db, Path typed, ColumnMapping mapping, long rows,
            @Nullable String countedElsewhere) throws SQLException {
        List<FieldSpec> fields = mapping.fields();
        List<@Nullable FooterStatistics> footer = footer(db, typed, fields);
        // A deterministic Bernoulli sample by row position, a little larger than needed, capped below.
        long permille = rows == 0 ? 1_000_000 : Math.min(1_000_000, Math.max(1, personalSample * 1_200_000L / rows));
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        List<Integer> candidates = new ArrayList<>();
        List<Boolean> exactness = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec field = fields.get(f);
            String col = SqlText.field(field.name());
            String distinct = distinct(field, footer.get(f), rows);
            exactness.add(!distinct.startsWith("approx"));
            if (!field.name().equals(countedElsewhere) || exactness.get(f)) {
                sql.append(", ").append(distinct);
            }
            if (footer.get(f) == null) {
                sql.append(", count(").append(col).append("), CAST(min(").append(col).append(") AS VARCHAR)")
                        .append(", CAST(max(").append(col).append(") AS VARCHAR)");
            }
            if (!field.personal() && (field.type() == FieldType.STRING || field.type() == FieldType.INTEGER)) {
                candidates.add(f);
            }
        }
        for (int f : candidates) {
            String col = SqlText.field(fields.get(f).name());
            sql.append(", list(CAST(").append(col).append(" AS VARCHAR)) FILTER (WHERE ").append(col)
                    .append(" IS NOT NULL AND hash(file_row_number) % 1000000 < ").append(permille).append(")");
        }
        sql.append(" FROM read_parquet(").append(SqlText.path(typed)).append(", file_row_number = true)");
        List<ColumnProfile> out = new ArrayList<>();
        Map<String, List<String>> samples = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            long total = rs.getLong(1);
            int next = 2;
            for (int f = 0; f < fields.size(); f++) {
                FieldSpec field = fields.get(f);
                boolean exactly = exactness.get(f);
                long distinct = field.name().equals(countedElsewhere) && !exactly ? -1 : rs.getLong(next++);
                FooterStatistics stats = footer.get(f);
                if (stats == null) {
                    stats = new FooterStatistics(total - rs.getLong(next), rs.getString(next + 1),
                            rs.getString(next + 2));
                    next += 3;
                }
                out.add(new ColumnProfile(field.name(), mapping.sourceOf(f), field.type().name(), stats.nulls(),
                        distinct, exactly, DatasetLoader.clip(stats.min()), DatasetLoader.clip(stats.max())));
            }
            for (int f : candidates) {
                List<String> values = new ArrayList<>();
                java.sql.Array array = rs.getArray(next++);
                if (array != null) {
                    for (Object v : (Object[]) array.getArray()) {
                        if (v != null && values.size() < personalSample) {
                            values.add(v.toString());
                        }
                    }
                }
                samples.put(fields.get(f).name(), values);
            }
        }
        return new Profile(out, samples);
    }

    /** The aggregate that counts a column's distinct values; it starts with {@code approx} when it estimates. */
    private static String distinct(FieldSpec field, @Nullable FooterStatistics footer, long rows) {
        String col = SqlText.field(field.name());
        if (rows <= EXACT_DISTINCT_ROWS) {
            return "count(DISTINCT " + col + ")";
        }
        if (field.type() == FieldType.BOOLEAN) {
            return "(CASE WHEN bool_or(" + col + ") THEN 1 ELSE 0 END + CASE WHEN NOT bool_and(" + col
                    + ") THEN 1 ELSE 0 END)";
        }
        if (footer != null && footer.min() != null && footer.max() != null
                && (field.type() == FieldType.INTEGER || field.type() == FieldType.DATE)) {
            boolean date = field.type() == FieldType.DATE;
            long min = date ? LocalDate.parse(footer.min()).toEpochDay() : Long.parseLong(footer.min());
            long max = date ? LocalDate.parse(footer.max()).toEpochDay() : Long.parseLong(footer.max());
            if (max - min < BITMAP_RANGE && max - min >= 0) {
                String value = date ? "date_diff('day', DATE '" + EPOCH + "', " + col + ")" : col;
                // min and max are numbers parsed here, never text from the file
                return "coalesce(bit_count(bitstring_agg(" + value + ", " + min + ", " + max + ")), 0)";
            }
        }
        return "approx_count_distinct(" + col + ")";
    }

    /**
     * Each column's empty values, minimum and maximum over the row groups, typed by the engine so that numbers
     * and dates compare as such. A column is known from the footer only when every row group has its null count
     * and either exact bounds or nothing but nulls.
     */
    private static List<@Nullable FooterStatistics> footer(DuckDBConnection db, Path typed, List<FieldSpec> fields)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec field = fields.get(f);
            String only = " FILTER (WHERE path_in_schema = " + SqlText.fieldLiteral(field.name()) + ")";
            String type = SqlText.type(field.type());
            String min = "TRY_CAST(stats_min_value AS " + type + ")";
            String max = "TRY_CAST(stats_max_value AS " + type + ")";
            sql.append(f == 0 ? "" : ", ")
                    .append("bool_and(stats_null_count IS NOT NULL AND (stats_null_count = num_values OR (")
                    .append(min).append(" IS NOT NULL AND ").append(max)
                    .append(" IS NOT NULL AND coalesce(min_is_exact, true) AND coalesce(max_is_exact, true))))")
                    .append(only).append(", sum(stats_null_count)").append(only)
                    .append(", CAST(min(").append(min).append(')').append(only).append(" AS VARCHAR)")
                    .append(", CAST(max(").append(max).append(')').append(only).append(" AS VARCHAR)");
        }
        sql.append(" FROM parquet_metadata(?)");
        List<@Nullable FooterStatistics> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            ps.setString(1, typed.toAbsolutePath().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int f = 0; f < fields.size(); f++) {
                    int base = 1 + f * 4;
                    boolean complete = rs.getBoolean(base) && !rs.wasNull();
                    out.add(complete ? new FooterStatistics(rs.getLong(base + 1), rs.getString(base + 2),
                            rs.getString(base + 3)) : null);
                }
            }
        }
        return out;
    }
}
