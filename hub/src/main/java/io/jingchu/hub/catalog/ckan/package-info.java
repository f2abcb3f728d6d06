/**
 * The CKAN-compatible read API (CKAN Action API v3 under {@code /api/3/action}): {@code package_search},
 * {@code package_show}, {@code package_list}, {@code organization_list}, {@code organization_show},
 * {@code group_list} and {@code status_show}, so that existing CKAN clients and harvesters can read the hub's open
 * catalog. Resources appear as CKAN packages, organizations as CKAN organizations, themes as CKAN groups.
 *
 * <p>A thin face over {@link io.jingchu.hub.catalog.CatalogApi} and {@link io.jingchu.hub.identity.IdentityApi}:
 * what a caller sees is decided there. This endpoint family answers in CKAN's own envelope and error form rather
 * than problem+json, because that is what CKAN clients parse.
 */
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.catalog.ckan;
