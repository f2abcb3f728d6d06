package io.jingchu.hub.query.internal;

import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.DatasetVersion;
import io.jingchu.hub.query.Coordinates;
import io.jingchu.hub.query.QueryApi;
import io.jingchu.hub.query.ResultColumn;
import io.jingchu.hub.query.ResultRows;
import io.jingchu.hub.query.RowCount;
import io.jingchu.hub.query.RowEngine;
import io.jingchu.hub.query.RowPage;
import io.jingchu.hub.query.RowQuery;
import io.jingchu.hub.query.RowsAnswer;
import io.jingchu.hub.query.export.ExportFormat;
import io.jingchu.hub.query.internal.DataReads.Read;
import io.jingchu.hub.query.internal.RowRequestParser.Mode;
import io.jingchu.hub.query.internal.RowRequestParser.Parsed;
import io.jingchu.hub.query.internal.RowRequestParser.Total;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The row API, exports and downloads: each a {@link DataReads read} around one engine call. Pages are read whole
 * (they are small) before anything is written, so that a failure is still a clean problem answer; exports stream.
 */
public final class QueryService implements QueryApi {

    private final DataReads reads;
    private final RowEngine engine;
    private final RowRequestParser parser;
    private final CursorCodec cursors;
    private final QueryProperties settings;
    private final Path exports;

    public QueryService(DataReads reads, RowEngine engine, RowRequestParser parser, CursorCodec cursors,
            QueryProperties settings, Path exports) {
        this.reads = reads;
        this.engine = engine;
        this.parser = parser;
        this.cursors = cursors;
        this.settings = settings;
        this.exports = exports;
    }

    /** A read through another module's face (the portal): by web session or anonymous, never with an API token. */
    @Override
    public RowsAnswer rows(Caller caller, String clientAddress, String code, Map<String, List<String>> params) {
        return rows(caller, clientAddress, null, code, params);
    }

    /**
     * One page of rows (or groups), with its total and the cursor of the next page when asked or possible; the read
     * is recorded with the API token it came with ({@code apiTokenId}, null without one).
     */
    public RowsAnswer rows(Caller caller, String clientAddress, @Nullable Long apiTokenId, String code,
            Map<String, List<String>> params) {
        String version = single(params, "version");
        return page(reads.begin(caller, clientAddress, apiTokenId, code, version, kindOf(params)), params);
    }

    @Override
    public RowsAnswer rows(Caller caller, String clientAddress, DataResource resource, DatasetVersion version,
            Map<String, List<String>> params) {
        if (params.containsKey("version")) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "version");
        }
        return page(reads.begin(caller, clientAddress, resource, version, kindOf(params)), params);
    }

    private RowsAnswer page(Read read, Map<String, List<String>> params) {
        String code = read.resource().code();
        try {
            Parsed parsed = parser.parse(params, code, read.version(), Mode.PAGE);
            RowQuery query = parsed.query();
            RowCount total = switch (parsed.total()) {
                case NONE -> null;
                case EXACT -> new RowCount(engine.count(read.version(), query, settings.timeLimit()), true);
                case ESTIMATE -> engine.estimate(read.version(), query, settings.timeLimit());
            };
            RowPage page = engine.page(read.version(), query, settings.timeLimit());
            String next = null;
            if (page.more() && page.last() != null) {
                next = cursors.encode(code, read.version().number(), parsed.sort(), sortTypes(read.version(), query),
                        page.last());
            }
            reads.succeeded(read, page.rows().size());
            return new RowsAnswer(code, read.version().number(), page.columns(), page.rows(), query.limit(),
                    query.offset(), total, next);
        } catch (RuntimeException e) {
            reads.failed(read, e);
            throw e;
        }
    }

    @Override
    public List<String> exportExtensions(List<FieldSpec> fields) {
        boolean mapped = Coordinates.of(fields).isPresent();
        return java.util.Arrays.stream(ExportFormat.values())
                .filter(format -> format != ExportFormat.GEOJSON || mapped)
                .map(ExportFormat::extension)
                .toList();
    }

    /**
     * Opens an export: the version's rows, or the selection the parameters make, streamed. The caller writes the
     * rows and closes the export, which records the read.
     */
    public Export export(Caller caller, String clientAddress, @Nullable Long apiTokenId, String code,
            Map<String, List<String>> params, ExportFormat format) {
        Read read = reads.begin(caller, clientAddress, apiTokenId, code, single(params, "version"), format.kind());
        try {
            RowQuery query = parser.parse(params, code, read.version(), Mode.EXPORT).query();
            List<String> schema = read.version().fields().stream().map(FieldSpec::name).toList();
            return switch (format) {
                case PARQUET -> parquet(read, query, schema);
                case GEOJSON -> geoJson(read, query);
                default -> new Export(read, engine.stream(read.version(), query, settings.exportTimeLimit()), null,
                        null);
            };
        } catch (RuntimeException e) {
            reads.failed(read, e);
            throw e;
        }
    }

    /** A version's Parquet file as published. */
    public Download download(Caller caller, String clientAddress, @Nullable Long apiTokenId, String code,
            String version) {
        Read read = reads.begin(caller, clientAddress, apiTokenId, code, version, AccessKind.DOWNLOAD_VERSION);
        reads.succeeded(read, read.version().rowCount());
        return new Download(read.version());
    }

    private Export parquet(Read read, RowQuery query, List<String> schema) {
        if (query.wholeVersion(schema)) {
            return new Export(read, null, read.version().file(), null);
        }
        Path target = exports.resolve("export-" + UUID.randomUUID() + ".parquet");
        long rows;
        try {
            rows = engine.writeParquet(read.version(), query, target, settings.exportTimeLimit());
        } catch (RuntimeException e) {
            delete(target);
            throw e;
        }
        return new Export(read, null, target, rows);
    }

    private Export geoJson(Read read, RowQuery query) {
        Coordinates coordinates = Coordinates.of(read.version().fields())
                .orElseThrow(() -> DomainException.of(ErrorCode.NO_COORDINATES));
        if (query.grouped()) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, "group_by");
        }
        List<String> fields = new ArrayList<>(query.fields());
        for (String name : List.of(coordinates.longitude(), coordinates.latitude())) {
            if (!fields.contains(name)) {
                fields.add(name);
            }
        }
        RowQuery withCoordinates = new RowQuery(fields, query.filters(), query.text(), query.sort(), query.groupBy(),
                query.aggregates(), false, false, 0, query.limit(), null);
        ResultRows rows = engine.stream(read.version(), withCoordinates, settings.exportTimeLimit());
        return new Export(read, rows, null, null);
    }

    private static List<FieldType> sortTypes(DatasetVersion version, RowQuery query) {
        return query.sort().stream().map(k -> version.fields().stream().filter(f -> f.name().equals(k.name()))
                .findFirst().orElseThrow().type()).toList();
    }

    private static AccessKind kindOf(Map<String, List<String>> params) {
        boolean grouped = params.entrySet().stream()
                .filter(e -> e.getKey().equals("group_by") || e.getKey().equals("aggregate"))
                .anyMatch(e -> e.getValue().stream().anyMatch(v -> !v.isBlank()));
        return grouped ? AccessKind.AGGREGATE : AccessKind.ROWS;
    }

    private static @Nullable String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw DomainException.onField(ErrorCode.FIELD_INVALID, name);
        }
        return values.get(0);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version file to send as it is. */
    public record Download(DatasetVersion version) {
    }

    /**
     * An export being written: either rows to write in a format, or a Parquet file to send (the version's own, or
     * a temporary one deleted on close).
     */
    public final class Export implements AutoCloseable {

        private final Read read;
        private final @Nullable ResultRows rows;
        private final @Nullable Path file;
        private final @Nullable Long fileRows;
        private @Nullable RuntimeException failure;

        private Export(Read read, @Nullable ResultRows rows, @Nullable Path file, @Nullable Long fileRows) {
            this.read = read;
            this.rows = rows;
            this.file = file;
            this.fileRows = fileRows;
        }

        public DatasetVersion version() {
            return read.version();
        }

        public @Nullable ResultRows rows() {
            return rows;
        }

        public @Nullable Path file() {
            return file;
        }

        /** Column indexes of the coordinates, for GeoJSON. */
        public int column(String name) {
            List<ResultColumn> columns = rows == null ? List.of() : rows.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name);
        }

        /** Marks the export as broken off, so that it is recorded with this failure. */
        public void failed(RuntimeException e) {
            this.failure = e;
        }

        @Override
        public void close() {
            try {
                if (rows != null) {
                    rows.close();
                }
                if (file != null && !file.equals(read.version().file())) {
                    delete(file);
                }
            } finally {
                if (failure != null) {
                    reads.failed(read, failure);
                } else {
                    long count = rows != null ? rows.count() : fileRows != null ? fileRows : read.version().rowCount();
                    reads.succeeded(read, count);
                }
            }
        }
    }
}
