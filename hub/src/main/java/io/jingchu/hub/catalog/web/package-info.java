/** The catalog's REST endpoints under {@code /api/v1} (API-CONTRACT.md). */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.catalog.web;
