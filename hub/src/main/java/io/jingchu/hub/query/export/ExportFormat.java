package io.jingchu.hub.query.export;

import io.jingchu.hub.access.DataAccess.AccessKind;
import java.util.Locale;
import java.util.Optional;

/** The export formats, with their file extension, media type and how a read in them is recorded. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8", AccessKind.EXPORT_CSV),
    JSON("json", "application/json", AccessKind.EXPORT_JSON),
    NDJSON("ndjson", "application/x-ndjson", AccessKind.EXPORT_NDJSON),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AccessKind.EXPORT_XLSX),
    PARQUET("parquet", "application/vnd.apache.parquet", AccessKind.EXPORT_PARQUET),
    GEOJSON("geojson", "application/geo+json", AccessKind.EXPORT_GEOJSON);

    private final String extension;
    private final String mediaType;
    private final AccessKind kind;

    ExportFormat(String extension, String mediaType, AccessKind kind) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.kind = kind;
    }

    public static Optional<ExportFormat> ofExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public AccessKind kind() {
        return kind;
    }
}
