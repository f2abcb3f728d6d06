/**
 * Readers for sources the loader does not read natively: text in another encoding, spreadsheets (XLSX,
 * XLS) and relational databases. Each one turns its source into UTF-8 CSV (RFC 4180, a header row, values
 * in one textual form) as a stream, refuses bad input with a {@link io.jingchu.hub.common.DomainException}
 * and leaves no partial output behind.
 */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.ingest.internal.source;
