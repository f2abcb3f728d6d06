/**
 * The catalog's search index: the {@link io.jingchu.hub.catalog.search.ResourceIndex} contract and its
 * Lucene implementation (SmartChinese analysis, facets, highlighting, rebuild by swapping directories).
 */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.catalog.search;
