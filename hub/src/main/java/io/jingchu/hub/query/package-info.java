/**
 * 数据查询: reading the published versions of resources' data. The row API (fields, filters, sorting, offset
 * and keyset paging, totals, grouping and aggregates), streaming exports (CSV, JSON, NDJSON, XLSX, Parquet,
 * GeoJSON), downloads of whole versions, and CKAN's DataStore actions including a checked, sandboxed
 * {@code datastore_search_sql}. Every read asks {@code access} first and is recorded there afterwards.
 *
 * <p>Exposes the engine contract, {@link io.jingchu.hub.query.RowEngine} with its
 * {@link io.jingchu.hub.query.RowQuery}: a request is parsed into a query of field names from the version's
 * schema and typed values, and an engine turns that into its own statements, binding every value. The
 * embedded engine is in-process DuckDB ({@code query.duckdb}); a distributed SQL engine over the same Parquet
 * files can take its place. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Query",
        allowedDependencies = {"ingest", "access", "catalog", "identity"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.query;
