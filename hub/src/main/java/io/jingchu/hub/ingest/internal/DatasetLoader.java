package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ingest.DataFormat;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.ingest.LoadPhase;
import io.jingchu.hub.ingest.ValidationReport;
import io.jingchu.hub.ingest.ValidationReport.ColumnProfile;
import io.jingchu.hub.ingest.internal.ColumnProfiler.Profile;
import io.jingchu.hub.ingest.ValidationReport.DuplicateKeys;
import io.jingchu.hub.ingest.ValidationReport.PersonalFinding;
import io.jingchu.hub.ingest.ValidationReport.RowError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;
import org.jspecify.annotations.Nullable;

/**
 * Turns a file the engine reads natively (UTF-8 CSV or TSV, JSON, NDJSON, Parquet) into a typed Parquet file
 * in the resource's schema, and profiles the result. Text files go through the engine's own parallel CSV
 * reader, which sets aside rows whose values do not fit (with their line numbers) instead of stopping;
 * other formats are read with their own types and converted value by value.
 */
final class DatasetLoader {

    /** Called about twice a second while the engine works; answers true to stop the load. */
    interface Progress {
        boolean report(LoadPhase phase, long rows, long bytes, double percent);
    }

    /** The typed file, ready to publish, and what was found in it. */
    record Loaded(Path parquet, long rows, ValidationReport report) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatasetLoader.class);
    private static final int SAMPLE_ERRORS = 20;

    private final LoadEngine engine;
    private final PersonalInformationCheck personalInformation;
    private final ColumnProfiler profiler;

    /**
     * @param personalInformation what personal information a field's sampled values hold
     */
    DatasetLoader(LoadEngine engine, int personalSample,
            PersonalInformationCheck personalInformation) {
        this.engine = engine;
        this.profiler = new ColumnProfiler(personalSample);
        this.personalInformation = personalInformation;
    }

    Loaded load(Path source, DataFormat format, List<FieldSpec> fields, long maxErrors, Path work,
            Progress progress) {
        Path typed = work.resolve("typed.parquet");
        try (DuckDBConnection db = engine.connect()) {
            long started = System.nanoTime();
            Read read = switch (format) {
                case CSV -> readText(db, source, ',', fields, typed, progress);
                case TSV -> readText(db, source, '\t', fields, typed, progress);
                case JSON, NDJSON, PARQUET -> readTyped(db, source, format, fields, maxErrors, typed, progress);
                default -> throw new IllegalArgumentException("not a native format: " + format);
            };
            progress.report(LoadPhase.VALIDATING, read.loaded, Files.size(source), 100);
            long readDone = System.nanoTime();
            Loaded loaded = validate(db, read, fields, maxErrors, work, progress);
            log.info("{} rows read and typed in {} ms, validated in {} ms", read.loaded,
                    (readDone - started) / 1_000_000, (System.nanoTime() - readDone) / 1_000_000);
            return loaded;
        } catch (SQLException e) {
            throw new LoadFailure(ErrorCode.MALFORMED_FILE, "file", engineMessage(e, work), null);
        } catch (IOException e) {
            throw new LoadFailure(ErrorCode.MALFORMED_FILE, "file", e.getMessage(), null);
        }
    }

    /** What reading found before validation: rows written, rows set aside and the first errors. */
    private record Read(Path typed, ColumnMapping mapping, long loaded, long rejected, List<RowError> errors,
            List<Long> rejectedRows) {
    }

    private Read readText(DuckDBConnection db, Path source, char delimiter, List<FieldSpec> fields, Path typed,
            Progress progress) throws SQLException, IOException {
        ColumnMapping mapping = ColumnMapping.of(header(source, delimiter), fields);
        StringBuilder columns = new StringBuilder("{");
        for (int c = 0; c < mapping.sourceNames().size(); c++) {
            FieldSpec f = fields.get(mapping.fieldOfColumn()[c]);
            columns.append(c == 0 ? "" : ", ").append('\'').append(f.name()).append("': '")
                    .append(SqlText.type(f.type())).append('\'');
        }
        columns.append('}');
        String read = "read_csv(?, header = true, auto_detect = false, delim = '" + (delimiter == '\t' ? "\\t" : ",")
                + "', quote = '\"', escape = '\"', columns = " + columns + ", store_rejects = true,"
                + " rejects_table = 'load_rejects', rejects_scan = 'load_scans', strict_mode = true)";
        String sql = "COPY (SELECT " + selectList(mapping) + " FROM " + read + ") TO " + SqlText.path(typed)
                + " " + DatasetVersion.PARQUET_OPTIONS;
        long size = Files.size(source);
        long loaded;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, source.toAbsolutePath().toString());
            loaded = runWatched(ps, size, progress);
        }
        List<RowError> errors = new ArrayList<>();
        List<Long> rejectedRows = new ArrayList<>();
        long rejected;
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(DISTINCT line) FROM load_rejects")) {
                rs.next();
                rejected = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT line, column_name, error_type, error_message FROM load_rejects
                    ORDER BY line LIMIT""" + " " + SAMPLE_ERRORS)) {
                while (rs.next()) {
                    long line = rs.getLong(1);
                    errors.add(new RowError(line - 1, line, rs.getString(2), kind(rs.getString(3)), null,
                            rs.getString(4)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT line FROM load_rejects ORDER BY line LIMIT 100000")) {
                while (rs.next()) {
                    rejectedRows.add(rs.getLong(1) - 1);
                }
            }
        }
        return new Read(typed, mapping, loaded, rejected, errors, rejectedRows);
    }

    private Read readTyped(DuckDBConnection db, Path source, DataFormat format, List<FieldSpec> fields,
            long maxErrors, Path typed, Progress progress) throws SQLException, IOException {
        String reader = switch (format) {
            case PARQUET -> "read_parquet(" + SqlText.path(source) + ")";
            case NDJSON -> "read_json(" + SqlText.path(source) + ", format = 'newline_delimited')";
            default -> "read_json(" + SqlText.path(source) + ", format = 'auto')";
        };
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + reader)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        ColumnMapping mapping = ColumnMapping.of(names, fields);
        // Columns are renamed by position, so no name from the file is ever written into a statement.
        StringBuilder alias = new StringBuilder();
        for (int c = 0; c < names.size(); c++) {
            alias.append(c == 0 ? "" : ", ").append("c").append(c);
        }
        StringBuilder misfit = new StringBuilder("FALSE");
        StringBuilder select = new StringBuilder();
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec field = fields.get(f);
            int c = mapping.columnOfField()[f];
            String type = SqlText.type(field.type());
            select.append(f == 0 ? "" : ", ");
            if (c < 0) {
                select.append("CAST(NULL AS ").append(type).append(") AS ").append(SqlText.field(field.name()));
            } else {
                String value = field.type() == FieldType.STRING ? "CAST(c" + c + " AS VARCHAR)" : "c" + c;
                select.append("TRY_CAST(").append(value).append(" AS ").append(type).append(") AS ")
                        .append(SqlText.field(field.name()));
                misfit.append(" OR (c").append(c).append(" IS NOT NULL AND TRY_CAST(").append(value).append(" AS ")
                        .append(type).append(") IS NULL)");
            }
        }
        String numbered = "(SELECT row_number() OVER () AS row_no, * FROM " + reader + " AS s(" + alias + "))";
        List<RowError> errors = new ArrayList<>();
        List<Long> rejectedRows = new ArrayList<>();
        long rejected;
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + numbered + " WHERE " + misfit)) {
                rs.next();
                rejected = rs.getLong(1);
            }
            if (rejected > 0) {
                try (ResultSet rs = s.executeQuery("SELECT row_no FROM " + numbered + " WHERE " + misfit
                        + " ORDER BY row_no LIMIT 100000")) {
                    while (rs.next()) {
                        rejectedRows.add(rs.getLong(1));
                    }
                }
                for (int f = 0; f < fields.size() && errors.size() < SAMPLE_ERRORS; f++) {
                    int c = mapping.columnOfField()[f];
                    if (c < 0) {
                        continue;
                    }
                    FieldSpec field = fields.get(f);
                    String value = "CAST(c" + c + " AS VARCHAR)";
                    try (ResultSet rs = s.executeQuery("SELECT row_no, " + value + " FROM " + numbered + " WHERE c" + c
                            + " IS NOT NULL AND TRY_CAST(" + (field.type() == FieldType.STRING ? value : "c" + c)
                            + " AS " + SqlText.type(field.type()) + ") IS NULL ORDER BY row_no LIMIT "
                            + (SAMPLE_ERRORS - errors.size()))) {
                        while (rs.next()) {
                            String v = rs.getString(2);
                            errors.add(new RowError(rs.getLong(1), null, field.name(), "CAST", clip(v),
                                    "value does not fit type " + field.type()));
                        }
                    }
                }
            }
        }
        if (rejected > maxErrors) {
            return new Read(typed, mapping, 0, rejected, errors, rejectedRows);
        }
        String sql = "COPY (SELECT " + select + " FROM " + reader + " AS s(" + alias + ") WHERE NOT (" + misfit
                + ")) TO " + SqlText.path(typed) + " " + DatasetVersion.PARQUET_OPTIONS;
        long loaded;
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            loaded = runWatched(ps, Files.size(source), progress);
        }
        return new Read(typed, mapping, loaded, rejected, errors, rejectedRows);
    }

    private Loaded validate(DuckDBConnection db, Read read, List<FieldSpec> fields, long maxErrors, Path work,
            Progress progress) throws SQLException, IOException {
        List<RowError> errors = new ArrayList<>(read.errors);
        Path typed = read.typed;
        long loaded = read.loaded;
        long rejected = read.rejected;
        if (rejected > maxErrors) {
            ValidationReport report = report(loaded + rejected, 0, rejected, List.of(), errors, noDuplicates(fields),
                    List.of(), read.mapping);
            throw new LoadFailure(ErrorCode.TYPE_ERRORS, "file", String.valueOf(rejected), report);
        }
        if (progress.report(LoadPhase.VALIDATING, loaded, 0, 100)) {
            throw new LoadFailure(ErrorCode.LOAD_CANCELLED, null, "", null);
        }
        Profile profile = profiler.profile(db, typed, read.mapping, loaded, singleKey(fields));
        List<ColumnProfile> columns = profile.columns();
        // Required fields left empty: rows set aside as well, counted against the same allowance. The profile
        // already counted empty values per column, so the common case costs no extra pass.
        List<String> required = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            if (!fields.get(f).nullable() && columns.get(f).nulls() > 0) {
                required.add(SqlText.field(fields.get(f).name()) + " IS NULL");
            }
        }
        if (!required.isEmpty()) {
            String missing = String.join(" OR ", required);
            String numbered = "read_parquet(" + SqlText.path(typed) + ", file_row_number = true)";
            long count;
            try (Statement s = db.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + numbered + " WHERE " + missing)) {
                    rs.next();
                    count = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT file_row_number FROM " + numbered + " WHERE " + missing
                        + " ORDER BY file_row_number LIMIT " + SAMPLE_ERRORS)) {
                    while (rs.next()) {
                        long row = sourceRow(rs.getLong(1), read.rejectedRows);
                        errors.add(new RowError(row, null, null, "MISSING_VALUE", null, "a required field is empty"));
                    }
                }
                rejected += count;
                if (rejected > maxErrors) {
                    ValidationReport report = report(loaded + read.rejected, 0, rejected, List.of(), errors,
                            noDuplicates(fields), List.of(), read.mapping);
                    throw new LoadFailure(ErrorCode.TYPE_ERRORS, "file", String.valueOf(rejected), report);
                }
                Path kept = work.resolve("kept.parquet");
                s.execute("COPY (SELECT * FROM read_parquet(" + SqlText.path(typed) + ") WHERE NOT (" + missing
                        + ")) TO " + SqlText.path(kept) + " " + DatasetVersion.PARQUET_OPTIONS);
                Files.delete(typed);
                typed = kept;
                loaded -= count;
            }
            profile = profiler.profile(db, typed, read.mapping, loaded, singleKey(fields));
            columns = profile.columns();
        }
        DuplicateKeys duplicates = provenUnique(columns, fields, loaded) ? noDuplicates(fields)
                : duplicates(db, typed, fields);
        columns = withKeyDistinct(columns, duplicates, loaded);
        List<PersonalFinding> personal = personal(profile);
        columns = withoutPersonalValues(columns, fields, personal);
        errors.sort(java.util.Comparator.comparingLong(RowError::row));
        ValidationReport report = report(loaded + read.rejected, loaded, rejected, columns,
                errors.subList(0, Math.min(errors.size(), SAMPLE_ERRORS)), duplicates, personal, read.mapping);
        return new Loaded(typed, loaded, report);
    }

    /**
     * A report is kept and shown to auditors: the minimum and maximum of a field that holds personal
     * information (declared or found) would put a real person's number in it, so they are left out.
     */
    private static List<ColumnProfile> withoutPersonalValues(List<ColumnProfile> columns, List<FieldSpec> fields,
            List<PersonalFinding> personal) {
        java.util.Set<String> sensitive = new java.util.HashSet<>();
        fields.stream().filter(FieldSpec::personal).forEach(f -> sensitive.add(f.name()));
        personal.forEach(p -> sensitive.add(p.field()));
        return columns.stream().map(c -> sensitive.contains(c.field()) ? new ColumnProfile(c.field(), c.source(),
                c.type(), c.nulls(), c.distinct(), c.distinctExact(), null, null) : c).toList();
    }

    /** The one key field, whose distinct values the duplicate check counts exactly; null for none or several. */
    private static @Nullable String singleKey(List<FieldSpec> fields) {
        List<String> keys = keyNames(fields);
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /** Whether the profile counted the single key's distinct values exactly, one for each row that has a key. */
    private static boolean provenUnique(List<ColumnProfile> columns, List<FieldSpec> fields, long rows) {
        String key = singleKey(fields);
        return key != null && columns.stream().anyMatch(c -> c.field().equals(key) && c.distinctExact()
                && c.distinct() == rows - c.nulls());
    }

    /** A single key's distinct count, when the profile left it out: exact from the duplicate check. */
    private static List<ColumnProfile> withKeyDistinct(List<ColumnProfile> columns, DuplicateKeys duplicates,
            long rows) {
        if (duplicates.keyFields().size() != 1) {
            return columns;
        }
        String key = duplicates.keyFields().get(0);
        return columns.stream().map(c -> !c.field().equals(key) || c.distinct() >= 0 ? c : new ColumnProfile(c.field(), c.source(),
                c.type(), c.nulls(), rows - c.nulls() - duplicates.rowsInvolved() + duplicates.duplicatedKeys(), true,
                c.min(), c.max())).toList();
    }

    private static DuplicateKeys noDuplicates(List<FieldSpec> fields) {
        return new DuplicateKeys(keyNames(fields), 0, 0, List.of());
    }

    private static List<String> keyNames(List<FieldSpec> fields) {
        return fields.stream().filter(FieldSpec::key).map(FieldSpec::name).toList();
    }

    private DuplicateKeys duplicates(DuckDBConnection db, Path typed, List<FieldSpec> fields) throws SQLException {
        List<String> keys = keyNames(fields);
        if (keys.isEmpty()) {
            return noDuplicates(fields);
        }
        String cols = String.join(", ", keys.stream().map(SqlText::field).toList());
        // As in a unique constraint, a row missing part of its key repeats nothing (the profile counts it empty).
        String present = String.join(" AND ", keys.stream().map(k -> SqlText.field(k) + " IS NOT NULL").toList());
        String groups = "(SELECT " + cols + ", count(*) AS occurrences FROM read_parquet(" + SqlText.path(typed)
                + ") WHERE " + present + " GROUP BY " + cols + " HAVING count(*) > 1)";
        try (Statement s = db.createStatement()) {
            long keysRepeated;
            long rowsInvolved;
            try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(sum(occurrences), 0) FROM " + groups)) {
                rs.next();
                keysRepeated = rs.getLong(1);
                rowsInvolved = rs.getLong(2);
            }
            List<Map<String, Object>> samples = new ArrayList<>();
            if (keysRepeated > 0) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + groups + " ORDER BY occurrences DESC LIMIT 10")) {
                    while (rs.next()) {
                        Map<String, Object> sample = new LinkedHashMap<>();
                        for (int k = 0; k < keys.size(); k++) {
                            sample.put(keys.get(k), rs.getString(k + 1));
                        }
                        sample.put("occurrences", rs.getLong(keys.size() + 1));
                        samples.add(sample);
                    }
                }
            }
            return new DuplicateKeys(keys, keysRepeated, rowsInvolved, samples);
        }
    }

    private List<PersonalFinding> personal(Profile profile) {
        List<PersonalFinding> out = new ArrayList<>();
        profile.samples().forEach((field, values) -> {
            if (!values.isEmpty()) {
                out.addAll(personalInformation.findings(field, values));
            }
        });
        return out;
    }

    private static ValidationReport report(long read, long loaded, long rejected, List<ColumnProfile> columns,
            List<RowError> errors, DuplicateKeys duplicates, List<PersonalFinding> personal, ColumnMapping mapping) {
        return new ValidationReport(read, loaded, rejected, columns, errors, duplicates, personal, mapping.unmapped(),
                QualityScore.of(read, rejected, columns, duplicates, personal, mapping.fields()));
    }

    /** Runs the statement while a watcher reports progress and cancels it when asked; returns rows written. */
    private static long runWatched(PreparedStatement ps, long bytes, Progress progress) throws SQLException {
        DuckDBPreparedStatement statement = ps.unwrap(DuckDBPreparedStatement.class);
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-progress");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        watcher.scheduleWithFixedDelay(() -> {
            try {
                QueryProgress p = statement.getQueryProgress();
                double percent = Math.max(0, Math.min(99.9, p.getPercentage()));
                if (progress.report(LoadPhase.LOADING, -1, (long) (bytes * percent / 100), percent)) {
                    cancelled.set(true);
                    statement.cancel();
                }
            } catch (Exception e) {
                // The statement may finish between two looks; the next look or the end settles it.
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        try {
            ps.execute();
            return ps.getUpdateCount();
        } catch (SQLException e) {
            if (cancelled.get()) {
                throw new LoadFailure(ErrorCode.LOAD_CANCELLED, null, "", null);
            }
            throw e;
        } finally {
            watcher.shutdownNow();
            if (cancelled.get()) {
                throw new LoadFailure(ErrorCode.LOAD_CANCELLED, null, "", null);
            }
        }
    }

    /** The header row of a UTF-8 text file. */
    static List<String> header(Path file, char delimiter) throws IOException {
        return header(file, StandardCharsets.UTF_8, delimiter);
    }

    /** The header row of a text file in this encoding. */
    static List<String> header(Path file, java.nio.charset.Charset charset, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE));
                CSVParser parser = CSVParser.parse(in, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw DomainException.onField(ErrorCode.MALFORMED_FILE, "file", "the file is empty");
            }
            List<String> names = new ArrayList<>();
            records.next().forEach(names::add);
            if (names.stream().allMatch(n -> ColumnMapping.normalize(n).isEmpty())) {
                throw DomainException.onField(ErrorCode.MALFORMED_FILE, "file", "the first row holds no column names");
            }
            return names;
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw DomainException.onField(ErrorCode.MALFORMED_FILE, "file", "the header row cannot be read");
        }
    }

    /**
     * The source row (1-based) of the {@code index}-th (0-based) loaded row, given the source rows that were
     * set aside before it, in order.
     */
    static long sourceRow(long index, List<Long> rejectedRows) {
        long row = index + 1;
        for (long r : rejectedRows) {
            if (r <= row) {
                row++;
            } else {
                break;
            }
        }
        return row;
    }

    private static String kind(String errorType) {
        return errorType == null ? "MALFORMED" : errorType.strip().replace(' ', '_');
    }

    private static String selectList(ColumnMapping mapping) {
        StringBuilder select = new StringBuilder();
        List<FieldSpec> fields = mapping.fields();
        for (int f = 0; f < fields.size(); f++) {
            FieldSpec field = fields.get(f);
            select.append(f == 0 ? "" : ", ");
            if (mapping.columnOfField()[f] < 0) {
                select.append("CAST(NULL AS ").append(SqlText.type(field.type())).append(") AS ");
            }
            select.append(SqlText.field(field.name()));
        }
        return select.toString();
    }

    static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }

    /** The engine's message without the hub's own file paths. */
    private static String engineMessage(SQLException e, Path work) {
        String message = String.valueOf(e.getMessage());
        message = message.replace(work.toAbsolutePath().toString(), "");
        int cut = message.indexOf("\n\n");
        return clip(cut > 0 ? message.substring(0, cut) : message);
    }
}
