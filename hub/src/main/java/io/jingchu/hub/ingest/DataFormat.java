package io.jingchu.hub.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats a load reads. */
public enum DataFormat {
    CSV, TSV, XLSX, XLS, JSON, NDJSON, PARQUET, JDBC;

    /** The format a file name's extension names, if any. */
    public static Optional<DataFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            return Optional.of(TSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (lower.endsWith(".xls")) {
            return Optional.of(XLS);
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return Optional.of(NDJSON);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".parquet")) {
            return Optional.of(PARQUET);
        }
        return Optional.empty();
    }
}
