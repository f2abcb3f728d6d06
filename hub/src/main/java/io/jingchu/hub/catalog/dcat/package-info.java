/**
 * The catalog as DCAT-AP 3 (数据目录的 DCAT-AP 描述): the open, published resources written with Apache Jena as
 * Turtle, RDF/XML and JSON-LD, whole or one resource at a time, for European-style harvesters and linked-data
 * tools. A thin face over {@link io.jingchu.hub.catalog.CatalogApi}; it holds no state of its own.
 */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.catalog.dcat;
