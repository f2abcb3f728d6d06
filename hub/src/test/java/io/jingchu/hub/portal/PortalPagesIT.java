package io.jingchu.hub.portal;

import static io.jingchu.hub.portal.PortalData.BUS_STOPS_CSV;
import static io.jingchu.hub.portal.PortalData.busStops;
import static io.jingchu.hub.portal.PortalData.utf8;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.ApplicationQuery;
import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public portal's pages over real resources and rows: what they show, in which language, and safely. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesIT extends IntegrationTest {

    static final String SCRIPT_TITLE = "<script>alert(1)</script>公交";

    @Autowired
    CatalogApi catalog;
    @Autowired
    AccessApi access;
    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    Organization organization;
    DataResource stops;
    DataResource conditional;
    DataResource hostile;

    @BeforeAll
    void publish() {
        organization = accounts.organization(TestAccounts.YILING);
        Caller publisher = accounts.publisher(organization);
        stops = PortalData.publish(catalog, accounts, publisher, busStops("中心城区公交站点", OpeningAttribute.UNCONDITIONAL));
        ingest.load(mvc, publisher, stops.code(), "公交站点.csv", utf8(BUS_STOPS_CSV));
        conditional = PortalData.publish(catalog, accounts, publisher, busStops("公交客流明细", OpeningAttribute.CONDITIONAL));
        ingest.load(mvc, publisher, conditional.code(), "客流.csv", utf8(BUS_STOPS_CSV));
        hostile = PortalData.publish(catalog, accounts, publisher, busStops(SCRIPT_TITLE, OpeningAttribute.UNCONDITIONAL)
                .description("<img src=x onerror=alert(2)>说明"));
        PortalData.awaitIndexed(catalog, organization.id(), 3);
    }

    String page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return IngestFixture.text(result);
    }

    @Test
    void homeShowsFiguresThemesNewestDatasetsAndChartData() {
        String html = page(mvc.get().uri("/").exchange());

        assertThat(html).contains("<html lang=\"zh-CN\"", "公共数据开放平台", "开放数据集", "交通出行", "中心城区公交站点");
        assertThat(html).contains("data-chart=\"{&quot;kind&quot;:&quot;bar&quot;", "/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(html).doesNotContain("<script>", "onclick=");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        MvcTestResult result = mvc.get().uri("/").exchange();

        String policy = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("unsafe-inline");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void theLanguageSwitchIsRememberedInACookie() {
        MvcTestResult switched = mvc.get().uri("/?lang=en").exchange();
        Cookie cookie = switched.getResponse().getCookie("jingchu-lang");

        assertThat(page(switched)).contains("<html lang=\"en\"", "Public open-data platform", "Transport");
        assertThat(cookie).isNotNull();
        assertThat(page(mvc.get().uri("/search").cookie(cookie).exchange())).contains("Catalogue", "Search datasets");
        assertThat(page(mvc.get().uri("/search").exchange())).contains("数据目录");
    }

    @Test
    void searchFindsChineseWordsWithHighlightsFacetsAndSharableState() {
        String html = page(mvc.get().uri("/search?q=公交站点&organization=" + organization.id() + "&sort=title").exchange());

        assertThat(html).contains("共 3 个数据集", "<em>公交</em>", "/datasets/" + stops.code());
        assertThat(html).contains("提供单位", "交通出行", "aria-current=\"true\"");
        // the chosen filter stays in the form and in the facet links
        assertThat(html).contains("name=\"organization\" value=\"" + organization.id() + "\"");
    }

    @Test
    void searchRefusesAnUnknownFacetValueNamingIt() {
        MvcTestResult result = mvc.get().uri("/search?theme=NO_SUCH_THEME").exchange();

        assertThat(result).hasStatus(400);
        assertThat(IngestFixture.text(result)).contains("UNKNOWN_VALUE", "theme");
    }

    @Test
    void datasetPageShowsMetadataFieldsVersionsDownloadsAndCalls() {
        String html = page(mvc.get().uri("/datasets/" + stops.code()).exchange());

        assertThat(html).contains("中心城区公交站点", "站点名称", "线路数", "西陵区", "夷陵广场", "共 6 条记录");
        assertThat(html).contains("/api/v1/resources/" + stops.code() + "/export.csv",
                "/api/v1/resources/" + stops.code() + "/export.geojson", "/api/v1/resources/" + stops.code() + "/rows");
        assertThat(html).contains("curl", "import os, requests", "java.net.http.HttpClient", "sha256:", "发布");
    }

    @Test
    void thePreviewIsARecordedReadOfTheNewestVersion() {
        page(mvc.get().uri("/datasets/" + stops.code() + "?field=district&op=eq&value=西陵区").exchange());

        assertThat(jdbc.sql("""
                SELECT username, version_number, access_kind, rows_returned, outcome FROM data_access
                WHERE resource_code = :code ORDER BY id DESC LIMIT 1""").param("code", stops.code())
                .query((rs, n) -> rs.getString(1) + " v" + rs.getInt(2) + " " + rs.getString(3) + " "
                        + rs.getLong(4) + " " + rs.getString(5)).single())
                .isEqualTo("anonymous v1 ROWS 3 OK");
    }

    @Test
    void thePreviewAnswersAFragmentToHtmxAndTheWholePageOtherwise() {
        String url = "/datasets/" + stops.code() + "?field=district&op=eq&value=西陵区&sort=-routes";

        String fragment = page(mvc.get().uri(url).header("HX-Request", "true").exchange());
        String whole = page(mvc.get().uri(url).exchange());

        assertThat(fragment).startsWith("<section id=\"preview\"").doesNotContain("<html", "站点编号</code>");
        assertThat(fragment).contains("共 3 条记录", "夷陵广场", "三峡大学", "儿童公园").doesNotContain("宜昌东站");
        assertThat(fragment.indexOf("夷陵广场")).isLessThan(fragment.indexOf("三峡大学"));
        assertThat(fragment).contains("export.csv?filter=district:eq:%E8%A5%BF%E9%99%B5%E5%8C%BA&amp;sort=-routes");
        assertThat(whole).contains("<html", "数据项", "共 3 条记录", "aria-sort=\"descending\"");
    }

    @Test
    void theChartBuilderGroupsTheSelectedRowsAndAnswersHtmxWithTheChartAlone() {
        String url = "/datasets/" + stops.code() + "?chart=bar&x=district&agg=sum&y=routes";

        String fragment = page(mvc.get().uri(url).header("HX-Request", "true").header("HX-Target", "chart").exchange());
        String whole = page(mvc.get().uri(url + "&field=district&op=ne&value=点军区").exchange());

        assertThat(fragment).startsWith("<section id=\"chart\"")
                .doesNotContain("夷陵广场", "<html");
        // 西陵区 12 + 5 + 3, 伍家岗区 9 + 7, 点军区 2; the largest first
        assertThat(fragment).contains("&quot;labels&quot;:[&quot;西陵区&quot;,&quot;伍家岗区&quot;,&quot;点军区&quot;]",
                "&quot;values&quot;:[20,16,2]");
        assertThat(whole).contains("<html", "&quot;values&quot;:[20,16]", "共 5 条记录");
    }

    @Test
    void aScatterChartPlotsTheRowsThemselves() {
        String fragment = page(mvc.get().uri("/datasets/" + stops.code() + "?chart=scatter&x=lng&y=lat")
                .header("HX-Request", "true").header("HX-Target", "chart").exchange());

        assertThat(fragment).contains("&quot;kind&quot;:&quot;scatter&quot;", "&quot;points&quot;:[[111.28");
    }

    @Test
    void aChartOfAnUnknownKindIsRefusedNamingTheParameter() {
        MvcTestResult result = mvc.get().uri("/datasets/" + stops.code() + "?chart=radar&x=district").exchange();

        assertThat(result).hasStatus(400);
        assertThat(IngestFixture.text(result)).contains("UNKNOWN_VALUE", "chart");
    }

    @Test
    void aFilterThatDoesNotFitItsFieldIsExplainedInThePreview() {
        String fragment = page(mvc.get().uri("/datasets/" + stops.code() + "?field=routes&op=gt&value=很多")
                .header("HX-Request", "true").exchange());

        assertThat(fragment).contains("role=\"alert\"").doesNotContain("共 6 条记录");
    }

    @Test
    void conditionallyOpenDataOffersTheApplicationFormAndTakesAnApplication() {
        Caller consumer = accounts.consumer();

        assertThat(page(mvc.get().uri("/datasets/" + conditional.code()).exchange()))
                .contains("/login").doesNotContain("夷陵广场", "name=\"purpose\"");
        assertThat(page(mvc.get().uri("/datasets/" + conditional.code()).with(as(consumer)).exchange()))
                .contains("name=\"purpose\"", "name=\"_csrf\"").doesNotContain("夷陵广场");

        MvcTestResult applied = mvc.post().uri("/datasets/" + conditional.code() + "/applications").with(as(consumer))
                .with(csrf()).param("purpose", "研究公交线网").param("wishedUntil", "2030-01-01").exchange();

        assertThat(applied).hasStatus3xxRedirection();
        assertThat(access.applications(consumer, ApplicationQuery.all()).items())
                .singleElement().satisfies(a -> assertThat(a.resourceCode()).isEqualTo(conditional.code()));
    }

    @Test
    void anApplicationWithoutCsrfTokenIsRefusedAndWritesNothing() {
        Caller consumer = accounts.consumer();

        MvcTestResult refused = mvc.post().uri("/datasets/" + conditional.code() + "/applications").with(as(consumer))
                .param("purpose", "研究").exchange();

        assertThat(refused).hasStatus(403);
        assertThat(access.applications(consumer, ApplicationQuery.all()).items()).isEmpty();
    }

    @Test
    void userTextRendersInert() {
        String dataset = page(mvc.get().uri("/datasets/" + hostile.code()).exchange());
        String search = page(mvc.get().uri("/search?organization=" + organization.id()).exchange());

        for (String html : new String[] {dataset, search}) {
            assertThat(html).doesNotContain("<script>alert(1)</script>", "<img src=x");
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void aDatasetTheVisitorMayNotSeeIsNotFound() {
        MvcTestResult result = mvc.get().uri("/datasets/no-such-dataset").exchange();

        assertThat(result).hasStatus(404);
        assertThat(IngestFixture.text(result)).contains("RESOURCE_NOT_FOUND", "<html");
    }

    @Test
    void divisionPagesRollCountsUpTheTree() {
        String yichang = page(mvc.get().uri("/divisions/" + TestAccounts.YICHANG).exchange());
        String yiling = page(mvc.get().uri("/divisions/" + TestAccounts.YILING).exchange());

        assertThat(yichang).contains("宜昌市", "夷陵区", "/divisions/" + TestAccounts.YILING, "湖北省");
        assertThat(yiling).contains("夷陵区", organization.name(), "/organizations/" + organization.id());
        assertThat(mvc.get().uri("/divisions/123")).hasStatus(404);
    }

    @Test
    void anOrganizationPageListsItsOpenDatasets() {
        String html = page(mvc.get().uri("/organizations/" + organization.id()).exchange());

        assertThat(html).contains(organization.name(), "共 3 个开放数据集", "中心城区公交站点", "夷陵区");
    }

    @Test
    void theSignInPageIsOursAndSaysWhenSignInFailed() {
        assertThat(page(mvc.get().uri("/login").exchange()))
                .contains("<label for=\"login-username\">用户名</label>", "name=\"_csrf\"", "action=\"/login\"");
        assertThat(page(mvc.get().uri("/login?error").exchange())).contains("用户名或密码错误");
    }

    @Test
    void theScriptsComeFromTheHubItself() {
        assertThat(mvc.get().uri("/webjars/htmx.org/2.0.4/dist/htmx.min.js")).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/echarts/5.3.1/dist/echarts.min.js")).hasStatusOk();
        assertThat(mvc.get().uri("/portal/portal.js")).hasStatusOk();
        assertThat(mvc.get().uri("/portal/portal.css")).hasStatusOk()
                .headers().hasValue("X-Content-Type-Options", "nosniff");
    }
}
