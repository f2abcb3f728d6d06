package io.jingchu.hub.portal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static org.awaitility.Awaitility.await;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.FieldSpec;
import io.jingchu.hub.catalog.FieldType;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceDrafts;
import io.jingchu.hub.catalog.SearchQuery;
import io.jingchu.hub.catalog.SearchQuery.Facet;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Published resources with real rows for the portal's tests, registered through the catalog and found by search. */
final class PortalData {

    static final FieldSpec[] BUS_STOPS = {
            new FieldSpec("stop_id", "站点编号", FieldType.STRING, null, false, false, true),
            new FieldSpec("stop_name", "站点名称", FieldType.STRING, null, false, false),
            new FieldSpec("district", "所属区县", FieldType.STRING, null, true, false),
            new FieldSpec("routes", "线路数", FieldType.INTEGER, "条", true, false),
            new FieldSpec("lng", "经度", FieldType.DECIMAL, null, true, false),
            new FieldSpec("lat", "纬度", FieldType.DECIMAL, null, true, false)};

    /** Six stops, three of them in 西陵区, with Chinese headers as a publisher's file has them. */
    static final String BUS_STOPS_CSV = """
            站点编号,站点名称,所属区县,线路数,经度,纬度
            S1,夷陵广场,西陵区,12,111.2865,30.6920
            S2,宜昌东站,伍家岗区,9,111.3621,30.6483
            S3,三峡大学,西陵区,5,111.3101,30.7202
            S4,万达广场,伍家岗区,7,111.3300,30.6600
            S5,儿童公园,西陵区,3,111.2900,30.7000
            S6,点军客运站,点军区,2,111.2700,30.6800
            """;

    private PortalData() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A published resource of the publisher's organization, registered from this draft. */
    static DataResource publish(CatalogApi catalog, TestAccounts accounts, Caller publisher, ResourceDrafts draft) {
        DataResource registered = catalog.register(publisher, draft.code(accounts.uniqueName("portal"))
                .organization(publisher.organizationId()).build());
        DataResource submitted = catalog.submit(publisher, registered.code(), registered.version());
        return catalog.publish(accounts.admin(), submitted.code(), submitted.version());
    }

    /** An open bus-stop resource titled as given, its fields those of {@link #BUS_STOPS}. */
    static ResourceDrafts busStops(String title, OpeningAttribute opening) {
        return aDraft().title(title).description("宜昌市中心城区公交站点的位置和线路数。").theme(Theme.TRANSPORT)
                .keywords("公交", "站点").fields(BUS_STOPS).opening(opening);
    }

    /** Waits until the search index has caught up with the organization's resources. */
    static void awaitIndexed(CatalogApi catalog, long organizationId, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> catalog.search(Caller.ANONYMOUS,
                new SearchQuery(null, Map.of(Facet.ORGANIZATION, List.of(Long.toString(organizationId))), List.of(),
                        SearchQuery.Sort.RELEVANCE, 0, 10)).total() == count);
    }
}
