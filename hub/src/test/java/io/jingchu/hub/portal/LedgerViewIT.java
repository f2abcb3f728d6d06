package io.jingchu.hub.portal;

import static io.jingchu.hub.catalog.ResourceDrafts.aDraft;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.catalog.ResourceDrafts;
import io.jingchu.hub.catalog.SecurityGrade;
import io.jingchu.hub.catalog.Theme;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.identity.Role;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The bureau's "一本账" views over resources placed in 兴山县, which no other test uses: the county's figures by
 * each dimension, drill-down to a township and its village, breadcrumbs, links to the search, the CSV, and
 * everyone but the bureau refused.
 */
class LedgerViewIT extends IntegrationTest {

    /** 兴山县, its township 古夫镇 and that township's 龙珠社区. */
    static final String COUNTY = "420526000000";
    static final String TOWNSHIP = "420526101000";
    static final String VILLAGE = "420526101001";

    private static boolean placed;

    @Autowired
    CatalogApi catalog;
    @Autowired
    IdentityApi identity;
    @Autowired
    TestAccounts accounts;

    /**
     * Once per pass: the county's health bureau has two resources (one important, conditionally open), a township
     * office named with markup one, and a village committee whose name starts like a formula one.
     */
    @BeforeEach
    void placeResources() {
        synchronized (LedgerViewIT.class) {
            if (placed) {
                return;
            }
            Caller admin = accounts.admin();
            Organization county = organization(admin, "兴山县卫生健康局", COUNTY);
            Organization township = organization(admin, "<script>alert(1)</script>古夫镇人民政府", TOWNSHIP);
            Organization village = organization(admin, "=1+2 龙珠社区居民委员会", VILLAGE);
            register(admin, county, aDraft().theme(Theme.HEALTH).highQuality(true));
            register(admin, county, aDraft().theme(Theme.HEALTH).grade(SecurityGrade.IMPORTANT)
                    .opening(OpeningAttribute.CONDITIONAL));
            register(admin, township, aDraft().theme(Theme.AGRICULTURE));
            register(admin, village, aDraft().theme(Theme.SOCIAL_ASSISTANCE));
            placed = true;
        }
    }

    private Organization organization(Caller admin, String name, String division) {
        return identity.createOrganization(admin, accounts.uniqueName("ledger"), name, division);
    }

    private void register(Caller admin, Organization owner, ResourceDrafts draft) {
        catalog.register(admin, draft.organization(owner.id()).build());
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(accounts.admin())).exchange();
        assertThat(result).hasStatusOk();
        return IngestFixture.text(result);
    }

    @Test
    void aCountysFiguresAreRolledUpByEachDimension() {
        String county = page("/console/ledger?division=" + COUNTY);

        assertThat(county).contains("<html", "数据资源一本账", "兴山县", "按层级", "按主题", "按分级", "按共享属性",
                "按开放属性", "按状态", "按单位", "医疗卫生", "农业农村", "重要数据", "有条件开放", "草稿");
        // four resources in all, one of them high quality; two of the county's, three below it in 古夫镇
        assertThat(county).containsPattern("class=\"number\"[^>]*>4</a>")
                .containsPattern("class=\"number\"[^>]*>1</a>");
        assertThat(county).contains("href=\"/search?division=" + COUNTY + "&amp;theme=HEALTH\">2</a>", "50.0%");
        assertThat(county).contains("href=\"/search?division=" + COUNTY + "&amp;grade=IMPORTANT\">1</a>");
        // sharing and state are not facets of the search: counted, not linked
        assertThat(county).doesNotContain("sharing=", "state=");
        // breadcrumbs up to the province, and the township below to drill into
        assertThat(county).contains("href=\"/console/ledger?division=420000000000\"",
                "href=\"/console/ledger?division=420500000000\"", "aria-current=\"page\">兴山县</span>",
                "href=\"/console/ledger?division=" + TOWNSHIP + "\"", "古夫镇",
                "href=\"/search?division=" + TOWNSHIP + "\">2</a>");
        assertThat(county).contains("data-chart=", "role=\"img\"");
    }

    @Test
    void aTownshipLeadsDownToItsVillages() {
        String township = page("/console/ledger?division=" + TOWNSHIP);

        assertThat(township).contains("aria-current=\"page\">古夫镇</span>",
                "href=\"/console/ledger?division=" + COUNTY + "\"", "龙珠社区居民委员会",
                "href=\"/console/ledger?division=" + VILLAGE + "\"", "href=\"/search?division=" + VILLAGE + "\">1</a>");
        assertThat(page("/console/ledger?division=" + VILLAGE)).contains("社会救助", "村级");
    }

    @Test
    void htmxGetsTheViewAloneAndABrowserTheWholePage() {
        MvcTestResult fragment = mvc.get().uri("/console/ledger?division=" + TOWNSHIP).with(as(accounts.admin()))
                .header("HX-Request", "true").exchange();

        assertThat(fragment).hasStatusOk();
        assertThat(IngestFixture.text(fragment)).startsWith("<section id=\"ledger\"").doesNotContain("<html")
                .contains("古夫镇", "hx-target=\"#ledger\"");
        assertThat(page("/console/ledger")).contains("<html", "<section id=\"ledger\"", "湖北省");
        assertThat(page("/console/ledger?division=" + COUNTY + "&lang=en")).contains("Ledger of data resources",
                "By theme", "Health", "hx-get=\"/console/ledger?division=" + TOWNSHIP + "\"");
    }

    @Test
    void namesFromUsersAreWrittenAsText() {
        String township = page("/console/ledger?division=" + TOWNSHIP);

        assertThat(township).contains("&lt;script&gt;alert(1)&lt;/script&gt;古夫镇人民政府")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void theCsvHoldsTheViewWithFormulasNeutralized() {
        MvcTestResult csv = mvc.get().uri("/console/ledger.csv?division=" + COUNTY).with(as(accounts.admin()))
                .exchange();

        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("ledger-" + COUNTY + ".csv");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("维度,代码,名称,数量,占比", "total,,数据资源,4,100.0%", "theme,HEALTH,医疗卫生,2,50.0%",
                "division," + TOWNSHIP + ",古夫镇,2,50.0%", "'=1+2 龙珠社区居民委员会,1,25.0%")
                .doesNotContain(",=1+2");
    }

    @Test
    void aMalformedOrUnknownDivisionIsRefused() {
        MvcTestResult refused = mvc.get().uri("/console/ledger?division=4205").with(as(accounts.admin()))
                .accept(MediaType.TEXT_HTML).exchange();

        assertThat(refused).hasStatus(400);
        assertThat(IngestFixture.text(refused)).contains("<html", "FIELD_INVALID");
        MvcTestResult unknown = mvc.get().uri("/console/ledger.csv?division=429999999999").with(as(accounts.admin()))
                .exchange();
        assertThat(unknown).hasStatus(404);
        assertThat(IngestFixture.text(unknown)).contains("REGION_NOT_FOUND");
    }

    @Test
    void everyoneButTheBureauIsRefused() {
        for (Role role : new Role[] {Role.PUBLISHER, Role.CONSUMER, Role.AUDITOR}) {
            Caller caller = accounts.user(role);
            for (String uri : new String[] {"/console/ledger", "/console/ledger.csv"}) {
                assertThat(mvc.get().uri(uri).with(as(caller))).as(role + " " + uri).hasStatus(403)
                        .bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
            }
        }
        assertThat(mvc.get().uri("/console/ledger").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/console/ledger.csv").accept(MediaType.APPLICATION_JSON)).hasStatus(401);
    }

    @Test
    void theNavigationOffersTheLedgerToTheBureauOnly() {
        assertThat(page("/")).contains("href=\"/console/ledger\"");
        assertThat(IngestFixture.text(mvc.get().uri("/").with(as(accounts.publisher())).exchange()))
                .doesNotContain("/console/ledger");
    }
}
