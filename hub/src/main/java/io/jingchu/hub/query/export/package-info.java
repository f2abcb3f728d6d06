/**
 * The export formats of rows (CSV with a byte-order mark and cells neutralized against formulas, JSON, NDJSON,
 * XLSX, Parquet, GeoJSON). Named so that the portal writes its own tables (the bureau's ledger as CSV) with the
 * same writer, and the same protection, as the data exports.
 */
@org.springframework.modulith.NamedInterface("export")
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.query.export;
