/**
 * 数据资源目录（一本账）: the ledger of public data resources: metadata, field schema, security grade,
 * sharing and opening attributes, lifecycle and history, statistics rolled up the division tree, Chinese
 * full-text search, and the CKAN and DCAT-AP views of the catalog. Exposes
 * {@link io.jingchu.hub.catalog.CatalogApi}, its records and its events; owns the {@code data_resource}
 * tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = {"region", "identity"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.catalog;
