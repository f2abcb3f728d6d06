/**
 * 开放门户: the server-rendered web pages people reach the hub through: the public open-data portal (home,
 * search, a dataset's page with its live preview, organization and division drill-downs), the publisher's console and
 * the data bureau's (review queue, users and organizations). Thymeleaf pages with
 * htmx for partial updates and ECharts for charts, every asset served by the hub itself. It calls only the
 * other modules' public APIs, and owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"catalog", "region", "ingest", "query", "query::export", "access", "identity"})
@org.jspecify.annotations.NullMarked
package io.jingchu.hub.portal;
