package io.jingchu.hub.query;

/**
 * How many rows (or groups) a query selects.
 *
 * @param exact false when estimated from a sample
 */
public record RowCount(long value, boolean exact) {
}
