package io.jingchu.hub.portal;

import static io.jingchu.hub.portal.PortalData.BUS_STOPS_CSV;
import static io.jingchu.hub.portal.PortalData.busStops;
import static io.jingchu.hub.portal.PortalData.utf8;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceDrafts;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** The map of points on a dataset's page: shown where the fields hold coordinates, over the preview's filter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetMapIT extends IntegrationTest {

    @Autowired
    CatalogApi catalog;
    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;

    DataResource stops;
    DataResource conditional;
    DataResource lines;

    @BeforeAll
    void publish() {
        Caller publisher = accounts.publisher(accounts.organization());
        stops = PortalData.publish(catalog, accounts, publisher, busStops("地图上的公交站点", OpeningAttribute.UNCONDITIONAL));
        ingest.load(mvc, publisher, stops.code(), "公交站点.csv", utf8(BUS_STOPS_CSV));
        conditional = PortalData.publish(catalog, accounts, publisher,
                busStops("有条件的站点", OpeningAttribute.CONDITIONAL));
        ingest.load(mvc, publisher, conditional.code(), "站点.csv", utf8(BUS_STOPS_CSV));
        lines = PortalData.publish(catalog, accounts, publisher, ResourceDrafts.aDraft().title("没有坐标的公交线路"));
        ingest.load(mvc, publisher, lines.code(), "线路.csv", utf8("线路名称,线路长度\n1路,12.5\n2路,8.25\n"));
    }

    String ok(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return IngestFixture.text(result);
    }

    @Test
    void theDatasetPageHasAMapWhereTheFieldsHoldCoordinatesAndSaysHowManyPointsItDraws() {
        String mapped = ok(mvc.get().uri("/datasets/" + stops.code()).exchange());
        String unmapped = ok(mvc.get().uri("/datasets/" + lines.code()).exchange());

        assertThat(mapped).contains("id=\"map-title\"", "data-map=\"/datasets/" + stops.code() + "/map\"",
                "前 5,000 个点", "role=\"img\"");
        assertThat(unmapped).contains("1路").doesNotContain("id=\"map-title\"", "data-map=");
    }

    @Test
    void thePointsAreTheFilteredRowsWithTheirNamesAndTheirCount() {
        String all = ok(mvc.get().uri("/datasets/" + stops.code() + "/map").exchange());
        MvcTestResult filtered = mvc.get().uri("/datasets/" + stops.code() + "/map?field=district&op=eq&value=西陵区")
                .exchange();

        assertThat(all).contains("\"total\":6", "\"limit\":5000", "\"xName\":\"经度\"", "\"yName\":\"纬度\"",
                "[111.3621,30.6483,\"宜昌东站\"]");
        assertThat(filtered).hasStatusOk().hasContentType("application/json");
        assertThat(IngestFixture.text(filtered)).contains("\"total\":3", "[111.2865,30.692,\"夷陵广场\"]", "三峡大学",
                "儿童公园").doesNotContain("宜昌东站", "点军客运站");
    }

    @Test
    void aNewFilterInThePreviewMovesTheMapToTheSameSelection() {
        String fragment = ok(mvc.get().uri("/datasets/" + stops.code() + "?field=district&op=eq&value=西陵区&sort=-lng")
                .header("HX-Request", "true").exchange());
        Matcher address = Pattern.compile("data-map=\"([^\"]+)\"").matcher(fragment);

        assertThat(fragment).startsWith("<section id=\"preview\"")
                .contains("id=\"map-view\"", "hx-swap-oob=\"true\"");
        assertThat(address.find()).isTrue();
        String points = ok(mvc.get().uri(URI.create(HtmlUtils.htmlUnescape(address.group(1)))).exchange());
        assertThat(points).contains("\"total\":3", "夷陵广场", "三峡大学", "儿童公园").doesNotContain("宜昌东站");
    }

    @Test
    void noMapWithoutCoordinatesNorForThoseWhoMayNotReadTheRows() {
        MvcTestResult unmapped = mvc.get().uri("/datasets/" + lines.code() + "/map").exchange();
        MvcTestResult anonymous = mvc.get().uri("/datasets/" + conditional.code() + "/map").exchange();
        MvcTestResult consumer = mvc.get().uri("/datasets/" + conditional.code() + "/map")
                .with(as(accounts.consumer())).exchange();
        String page = ok(mvc.get().uri("/datasets/" + conditional.code()).exchange());

        assertThat(unmapped).hasStatus(422);
        assertThat(IngestFixture.text(unmapped)).contains("NO_COORDINATES");
        for (MvcTestResult refused : new MvcTestResult[] {anonymous, consumer}) {
            assertThat(refused.getResponse().getStatus()).isBetween(401, 403);
            assertThat(IngestFixture.text(refused)).doesNotContain("夷陵广场");
        }
        assertThat(page).doesNotContain("id=\"map-title\"", "data-map=");
    }
}
