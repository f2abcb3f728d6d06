package io.jingchu.hub.ingest;

/** What a running load is doing now, for progress displays. */
public enum LoadPhase {
    /** Waiting for a free loader. */
    WAITING,
    /** Turning the source into text the loader reads: re-encoding, spreadsheets, relational pulls. */
    CONVERTING,
    /** Reading, converting types and writing the Parquet file. */
    LOADING,
    /** Column statistics, duplicate keys, personal information. */
    VALIDATING,
    /** Hashing the file and making it the newest version. */
    PUBLISHING,
    DONE
}
