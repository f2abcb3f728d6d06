package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ingest.DataFormat;
import io.jingchu.hub.ingest.LoadRequest;
import io.jingchu.hub.ingest.LoadSource;
import io.jingchu.hub.ingest.internal.source.JdbcPull;
import io.jingchu.hub.ingest.internal.source.JdbcSource;
import io.jingchu.hub.ingest.internal.source.Spreadsheets;
import io.jingchu.hub.ingest.internal.source.TextEncoding;
import io.jingchu.hub.ingest.internal.source.TextEncodings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Makes any source readable by the load engine: UTF-8 text, JSON and Parquet pass through as they are;
 * text in other encodings is re-encoded, spreadsheets and relational sources become UTF-8 CSV, all
 * streaming into the job's working directory.
 */
class SourceConversion {

    /** Called as conversion goes; answers true to stop. */
    interface Progress {
        boolean converted(long rows, long bytes);
    }

    /** A file the engine reads directly. */
    record Native(Path file, DataFormat format) {
    }

    private final Spreadsheets.Limits spreadsheetLimits;
    private final Duration sqlTimeout;

    SourceConversion(IngestProperties settings) {
        Spreadsheets.Limits defaults = Spreadsheets.Limits.defaults();
        this.spreadsheetLimits = new Spreadsheets.Limits(defaults.minInflateRatio(),
                Math.min(defaults.maxEntryBytes(), settings.maxSpreadsheetExpansion().toBytes()),
                settings.maxSpreadsheetExpansion().toBytes());
        this.sqlTimeout = settings.sqlSourceTimeout();
    }

    /** The relational source a request names, checked without connecting. */
    static JdbcSource jdbc(LoadSource.Jdbc j) {
        JdbcSource source = new JdbcSource(j.url(), j.user() == null ? "" : j.user(),
                j.password() == null ? "" : j.password(), j.table(), j.query());
        JdbcPull.statement(source);
        return source;
    }

    Native toNative(LoadRunner.Staged source, LoadRequest request, Path work, Progress progress) {
        return switch (source.format()) {
            case CSV, TSV -> {
                TextEncoding encoding = TextEncodings.resolve(request.encoding(), source.file());
                if (encoding.isUtf8()) {
                    yield new Native(source.file(), source.format());
                }
                Path utf8 = work.resolve("utf8.csv");
                TextEncodings.transcode(source.file(), encoding.charset(), utf8, bytes -> stopIf(progress, -1, bytes));
                yield new Native(utf8, source.format());
            }
            case JSON, NDJSON, PARQUET -> new Native(source.file(), source.format());
            case XLSX, XLS -> {
                Path csv = work.resolve("sheet.csv");
                Spreadsheets.toCsv(source.file(), request.sheet(), csv, spreadsheetLimits,
                        rows -> stopIf(progress, rows, 0));
                yield new Native(csv, DataFormat.CSV);
            }
            case JDBC -> {
                Path csv = work.resolve("pull.csv");
                JdbcPull.toCsv(jdbc((LoadSource.Jdbc) request.source()), csv, sqlTimeout,
                        rows -> stopIf(progress, rows, 0));
                yield new Native(csv, DataFormat.CSV);
            }
        };
    }

    private static void stopIf(Progress progress, long rows, long bytes) {
        if (progress.converted(rows, bytes)) {
            throw new LoadFailure(ErrorCode.LOAD_CANCELLED, null, "", null);
        }
    }
}
