/**
 * The ledger's implementation: rules, lifecycle, access, storage, history and statistics behind
 * {@link io.jingchu.hub.catalog.CatalogApi}.
 */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.catalog.internal;
