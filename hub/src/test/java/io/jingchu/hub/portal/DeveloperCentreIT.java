package io.jingchu.hub.portal;

import static io.jingchu.hub.portal.PortalData.BUS_STOPS_CSV;
import static io.jingchu.hub.portal.PortalData.busStops;
import static io.jingchu.hub.portal.PortalData.utf8;
import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.ApiToken;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IssuedToken;
import io.jingchu.hub.identity.TokenApi;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The developer centre: a user's API tokens made, shown once, listed and revoked, and the user's usage. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeveloperCentreIT extends IntegrationTest {

    @Autowired
    CatalogApi catalog;
    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TokenApi tokens;

    DataResource stops;

    @BeforeAll
    void publish() {
        Caller publisher = accounts.publisher(accounts.organization());
        stops = PortalData.publish(catalog, accounts, publisher, busStops("开发者公交站点", OpeningAttribute.UNCONDITIONAL));
        ingest.load(mvc, publisher, stops.code(), "stops.csv", utf8(BUS_STOPS_CSV));
    }

    MvcTestResult create(Caller caller, String name, String expiresAt) {
        return mvc.post().uri("/developer/tokens").with(as(caller)).with(csrf()).param("name", name)
                .param("expiresAt", expiresAt).exchange();
    }

    int me(String token) {
        return mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange().getResponse()
                .getStatus();
    }

    @Test
    void aNewTokenIsShownOnceThenListedAndWorks() {
        Caller user = accounts.consumer();
        String lastDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();

        MvcTestResult created = create(user, "数据分析脚本", lastDay);

        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/developer");
        IssuedToken issued = (IssuedToken) created.getMvcResult().getFlashMap().get("issued");
        assertThat(issued.name()).isEqualTo("数据分析脚本");
        assertThat(issued.expiresAt()).isEqualTo(LocalDate.parse(lastDay).plusDays(1)
                .atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(me(issued.token())).isEqualTo(200);
        // the page the redirect leads to shows the token; any later one only its name
        String shown = IngestFixture.text(mvc.get().uri("/developer").with(as(user))
                .flashAttr("issued", issued).flashAttr("firstCall", "curl").exchange());
        assertThat(shown).contains(issued.token(), "只在这里显示这一次");
        String later = IngestFixture.text(mvc.get().uri("/developer").with(as(user)).exchange());
        assertThat(later).contains("数据分析脚本", "有效", "/developer/tokens/" + issued.id() + "/revoke",
                "/swagger-ui.html").doesNotContain(issued.token());
    }

    @Test
    void aRevokedTokenStopsWorking() {
        Caller user = accounts.consumer();
        IssuedToken issued = tokens.issue(user, "旧令牌", null);

        MvcTestResult revoked = mvc.post().uri("/developer/tokens/" + issued.id() + "/revoke").with(as(user))
                .with(csrf()).exchange();

        assertThat(revoked).hasStatus3xxRedirection().hasRedirectedUrl("/developer");
        assertThat(me(issued.token())).isEqualTo(401);
        assertThat(tokens.list(user)).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
        assertThat(IngestFixture.text(mvc.get().uri("/developer").with(as(user)).exchange()))
                .contains("旧令牌", "已撤销").doesNotContain("/developer/tokens/" + issued.id() + "/revoke");
    }

    @Test
    void aTokenWithoutNameOrWithAPastDayIsRefusedBesideItsFieldAndNothingIsMade() {
        Caller user = accounts.consumer();

        MvcTestResult unnamed = create(user, " ", "");
        MvcTestResult past = create(user, "过期", "2020-01-01");
        MvcTestResult garbled = create(user, "乱码", "明天");

        assertThat(unnamed).hasStatus(400);
        assertThat(IngestFixture.text(unnamed)).contains("id=\"token-name-error\"", "data-code=\"FIELD_REQUIRED\"",
                "aria-invalid=\"true\"");
        assertThat(past).hasStatus(400);
        assertThat(IngestFixture.text(past)).contains("id=\"token-expires-error\"", "data-code=\"FIELD_INVALID\"",
                "value=\"过期\"");
        assertThat(garbled).hasStatus(400);
        assertThat(IngestFixture.text(garbled)).contains("id=\"token-expires-error\"", "data-code=\"FIELD_INVALID\"");
        assertThat(tokens.list(user)).isEmpty();
    }

    @Test
    void noTokenIsMadeWithoutTheFormsCsrfTokenOrForSomeoneNotSignedIn() {
        Caller user = accounts.consumer();

        assertThat(mvc.post().uri("/developer/tokens").with(as(user)).param("name", "无 CSRF")).hasStatus(403);
        assertThat(mvc.get().uri("/developer").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.post().uri("/developer/tokens").accept(MediaType.TEXT_HTML).with(csrf()).param("name", "匿名"))
                .hasStatus3xxRedirection();
        assertThat(tokens.list(user)).isEmpty();
    }

    @Test
    void nobodyRevokesAnotherUsersToken() {
        Caller owner = accounts.consumer();
        IssuedToken issued = tokens.issue(owner, "别人的", null);

        MvcTestResult refused = mvc.post().uri("/developer/tokens/" + issued.id() + "/revoke")
                .with(as(accounts.consumer())).with(csrf()).exchange();

        assertThat(refused).hasStatus(404);
        assertThat(IngestFixture.text(refused)).contains("TOKEN_NOT_FOUND");
        assertThat(me(issued.token())).isEqualTo(200);
        assertThat(tokens.list(owner)).extracting(ApiToken::revokedAt).containsOnlyNulls();
    }

    @Test
    void usageCountsTheUsersDataReadsAndTheQuotaLeft() {
        Caller user = accounts.consumer();
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.get().uri("/api/v1/resources/" + stops.code() + "/rows").with(as(user))).hasStatusOk();
        }

        String page = IngestFixture.text(mvc.get().uri("/developer").with(as(user)).exchange());

        assertThat(page).contains("调用量与配额", "近 30 天数据调用", "data-chart=", "role=\"img\"", "echarts");
        // three reads today: the month's total, and the last value of the chart's thirty days
        assertThat(page).containsPattern("<span class=\"number\">3</span>\\s*<span>近 30 天数据调用")
                .containsPattern("&quot;values&quot;:\\[(0,){29}3\\]");
    }
}
