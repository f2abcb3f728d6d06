package io.jingchu.hub.portal;

import static io.jingchu.hub.testing.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.access.AccessApi;
import io.jingchu.hub.access.DataAccess;
import io.jingchu.hub.access.DataAccess.AccessKind;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.IdentityApi;
import io.jingchu.hub.identity.IssuedToken;
import io.jingchu.hub.identity.TokenApi;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.IntegrationTest;
import io.jingchu.hub.testing.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The record of data access as a page: filters in the address, paging, the bureau seeing everything with client
 * addresses, a publisher only its organization's reads without them, everyone else refused.
 */
class AccessRecordsIT extends IntegrationTest {

    @Autowired
    AccessApi access;
    @Autowired
    IdentityApi identity;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TokenApi tokens;

    Organization own;
    Organization other;
    Caller publisher;
    String ownCode;
    String otherCode;
    String reader;

    /** Three reads of a resource of an organization named with markup, one of another organization's. */
    @BeforeEach
    void reads() {
        own = identity.createOrganization(accounts.admin(), accounts.uniqueName("access"),
                "<script>alert(1)</script>某某局", TestAccounts.YICHANG);
        publisher = accounts.publisher(own);
        other = accounts.organization();
        ownCode = accounts.uniqueName("read");
        otherCode = accounts.uniqueName("read");
        reader = accounts.uniqueName("reader");
        access.record(new DataAccess(reader, 7, "10.0.0.7", ownCode, 1, AccessKind.ROWS, 20, "OK"), own.id());
        access.record(new DataAccess(reader, 7, "10.0.0.7", ownCode, 1, AccessKind.EXPORT_CSV, 6, "OK"), own.id());
        access.record(new DataAccess("<img src=x onerror=alert(2)>", 8, "10.0.0.8", ownCode, 1, AccessKind.ROWS, 0,
                "QUOTA_EXCEEDED"), own.id());
        access.record(new DataAccess(reader, 7, "10.0.0.7", otherCode, 2, AccessKind.AGGREGATE, 3, "OK"), other.id());
    }

    private String page(Caller caller, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(caller)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return IngestFixture.text(result);
    }

    private static int rows(String html, String code) {
        return (int) Pattern.compile(">" + Pattern.quote(code) + "</a>").matcher(html).results().count();
    }

    @Test
    void theBureauSeesEveryReadWithItsAddress() {
        String html = page(accounts.admin(), "/console/access-records?resource=" + ownCode);

        assertThat(html).contains("<html", "数据访问记录", "共 3 条", "10.0.0.7", "来源地址", "行查询", "导出 CSV",
                "QUOTA_EXCEEDED", "某某局", "href=\"/datasets/" + ownCode + "\"");
        assertThat(rows(html, ownCode)).isEqualTo(3);
        assertThat(html).doesNotContain(otherCode);
        assertThat(page(accounts.auditor(), "/console/access-records?user=" + reader)).contains("共 3 条", ownCode,
                otherCode, "10.0.0.7");
    }

    @Test
    void filtersNarrowByKindUserAndDays() {
        Caller admin = accounts.admin();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

        String csv = page(admin, "/console/access-records?resource=" + ownCode + "&kind=EXPORT_CSV");
        assertThat(csv).contains("共 1 条", "<option value=\"EXPORT_CSV\" selected=\"selected\">");
        assertThat(rows(csv, ownCode)).isEqualTo(1);
        assertThat(page(admin, "/console/access-records?user=" + reader + "&kind=aggregate")).contains("共 1 条",
                otherCode).doesNotContain(">" + ownCode + "<");
        assertThat(page(admin, "/console/access-records?resource=" + ownCode + "&from=" + today + "&to=" + today))
                .contains("共 3 条", "value=\"" + today + "\"");
        assertThat(page(admin, "/console/access-records?resource=" + ownCode + "&to=" + yesterday))
                .contains("共 0 条", "没有符合条件的访问记录");
    }

    @Test
    void aPublisherSeesOnlyItsOrganizationsReadsWithoutAddresses() {
        String html = page(publisher, "/console/access-records?user=" + reader);

        assertThat(html).contains("共 2 条", ownCode)
                .doesNotContain(otherCode, "10.0.0.7", "<th scope=\"col\">来源地址</th>");
        assertThat(page(accounts.publisher(), "/console/access-records?resource=" + ownCode)).contains("共 0 条");
    }

    @Test
    void pagesHoldTwentyReadsAndLeadOnKeepingTheFilters() {
        Caller admin = accounts.admin();
        String code = accounts.uniqueName("paged");
        for (int i = 0; i < 25; i++) {
            access.record(new DataAccess(reader, 7, "10.0.0.9", code, 1, AccessKind.ROWS, i, "OK"), own.id());
        }

        String first = page(admin, "/console/access-records?resource=" + code);
        assertThat(rows(first, code)).isEqualTo(20);
        assertThat(first).contains("共 25 条", "第 1 / 2 页",
                "href=\"/console/access-records?resource=" + code + "&amp;page=2\"");
        String second = page(admin, "/console/access-records?resource=" + code + "&page=2");
        assertThat(rows(second, code)).isEqualTo(5);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void aReadWithAnApiTokenNamesTheTokenWhichLeadsToItsReads() {
        Caller admin = accounts.admin();
        Caller scripted = accounts.consumer();
        IssuedToken token = tokens.issue(scripted, "<b>夜间同步</b>", null);
        access.record(new DataAccess(scripted.username(), scripted.userId(), "10.0.0.9", token.id(), ownCode, 1,
                AccessKind.ROWS, 4, "OK"), own.id());
        access.record(new DataAccess(scripted.username(), scripted.userId(), "10.0.0.9", token.id(), otherCode, 2,
                AccessKind.ROWS, 5, "OK"), other.id());
        String tokenReads = "href=\"/console/access-records?token=" + token.id() + "\"";

        String all = page(admin, "/console/access-records?resource=" + ownCode);
        assertThat(rows(all, ownCode)).isEqualTo(4);
        assertThat(all).contains("<th scope=\"col\">令牌</th>", tokenReads, "&lt;b&gt;夜间同步&lt;/b&gt;")
                .doesNotContain("<b>夜间同步");
        assertThat(Pattern.compile(Pattern.quote(tokenReads)).matcher(all).results().count())
                .as("only the read that came with the token names one").isEqualTo(1);

        String byToken = page(admin, "/console/access-records?token=" + token.id());
        assertThat(byToken).contains("共 2 条", ">" + ownCode + "</a>", ">" + otherCode + "</a>",
                "id=\"a-token\" name=\"token\"", "value=\"" + token.id() + "\"");
        assertThat(page(admin, "/console/access-records?token=" + token.id() + "&resource=" + otherCode))
                .contains("共 1 条");
        assertThat(page(publisher, "/console/access-records?token=" + token.id())).contains("共 1 条", ownCode,
                "&lt;b&gt;夜间同步&lt;/b&gt;").doesNotContain(otherCode, "10.0.0.9");
        assertThat(page(accounts.publisher(), "/console/access-records?token=" + token.id())).contains("共 0 条");
    }

    @Test
    void aTokenWhoseNameIsNotKnownIsShownByItsId() {
        long unknown = 987_654_321_012L;
        access.record(new DataAccess(reader, 7, "10.0.0.7", unknown, ownCode, 1, AccessKind.ROWS, 1, "OK"), own.id());

        assertThat(page(accounts.admin(), "/console/access-records?token=" + unknown)).contains("共 1 条",
                "令牌 #" + unknown, "href=\"/console/access-records?token=" + unknown + "\"");
    }

    @Test
    void pagesOfOneTokensReadsLeadOnKeepingTheToken() {
        Caller scripted = accounts.consumer();
        IssuedToken token = tokens.issue(scripted, "批量下载", null);
        for (int i = 0; i < 21; i++) {
            access.record(new DataAccess(scripted.username(), scripted.userId(), "10.0.0.9", token.id(), ownCode, 1,
                    AccessKind.EXPORT_CSV, i, "OK"), own.id());
        }

        String first = page(accounts.admin(), "/console/access-records?token=" + token.id());
        assertThat(first).contains("共 21 条", "第 1 / 2 页",
                "href=\"/console/access-records?token=" + token.id() + "&amp;page=2\"");
        String second = page(accounts.admin(), "/console/access-records?token=" + token.id() + "&page=2");
        assertThat(rows(second, ownCode)).isEqualTo(1);
        assertThat(Pattern.compile("<a href=\"/console/access-records\\?token=" + token.id() + "\"[^>]*rel=\"prev\"")
                .matcher(second).find()).as("the previous page keeps the token").isTrue();
    }

    @Test
    void htmxGetsTheTableAloneAndABrowserTheWholePage() {
        MvcTestResult fragment = mvc.get().uri("/console/access-records?resource=" + ownCode)
                .with(as(accounts.admin())).header("HX-Request", "true").exchange();

        assertThat(fragment).hasStatusOk();
        assertThat(IngestFixture.text(fragment)).startsWith("<section id=\"records\"").doesNotContain("<html", "<form")
                .contains("共 3 条");
    }

    @Test
    void textFromUsersIsWrittenAsText() {
        String html = page(accounts.admin(), "/console/access-records?resource=" + ownCode);

        assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;某某局")
                .doesNotContain("<img src=x", "<script>alert(1)");
    }

    @Test
    void aGarbledFilterIsRefusedNamingItsParameter() {
        Caller admin = accounts.admin();
        MvcTestResult kind = mvc.get().uri("/console/access-records?kind=PEEK").with(as(admin))
                .accept(MediaType.TEXT_HTML).exchange();
        assertThat(kind).hasStatus(400);
        assertThat(IngestFixture.text(kind)).contains("<html", "UNKNOWN_VALUE");
        for (String garbled : new String[] {"from=2026-13-01", "to=yesterday", "from=2026-03-02&to=2026-03-01",
                "page=0"}) {
            MvcTestResult refused = mvc.get().uri("/console/access-records?" + garbled).with(as(admin)).exchange();
            assertThat(refused).as(garbled).hasStatus(400);
            assertThat(IngestFixture.text(refused)).as(garbled).contains("FIELD_INVALID");
        }
        for (String garbled : new String[] {"abc", "0", "-2", "7x", "99999999999999999999"}) {
            MvcTestResult refused = mvc.get().uri("/console/access-records?token=" + garbled).with(as(admin))
                    .accept(MediaType.TEXT_HTML).exchange();
            assertThat(refused).as(garbled).hasStatus(400);
            assertThat(IngestFixture.text(refused)).as(garbled)
                    .contains("<html", "FIELD_INVALID", "字段取值无效：token");
        }
    }

    @Test
    void consumersAndVisitorsAreRefused() {
        assertThat(mvc.get().uri("/console/access-records").with(as(accounts.consumer()))).hasStatus(403)
                .bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
        assertThat(mvc.get().uri("/console/access-records").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(mvc.get().uri("/console/access-records").accept(MediaType.APPLICATION_JSON)).hasStatus(401);
    }

    @Test
    void theNavigationOffersTheRecordToTheBureauAndPublishers() {
        assertThat(page(accounts.admin(), "/")).contains("href=\"/console/access-records\"");
        assertThat(page(publisher, "/")).contains("href=\"/console/access-records\"");
        assertThat(page(accounts.consumer(), "/")).doesNotContain("/console/access-records");
    }
}
