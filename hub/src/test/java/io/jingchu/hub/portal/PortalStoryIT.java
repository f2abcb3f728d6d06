package io.jingchu.hub.portal;

import static io.jingchu.hub.portal.PortalData.BUS_STOPS_CSV;
import static io.jingchu.hub.portal.PortalData.busStops;
import static io.jingchu.hub.portal.PortalData.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.jingchu.hub.catalog.CatalogApi;
import io.jingchu.hub.catalog.DataResource;
import io.jingchu.hub.catalog.OpeningAttribute;
import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.identity.Organization;
import io.jingchu.hub.ingest.IngestFixture;
import io.jingchu.hub.testing.TestAccounts;
import io.jingchu.hub.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The portal's whole story in a real headless Chromium, each step as its user does it in the browser: a publisher
 * registers a resource with its field schema and loads a CSV with Chinese headers; the bureau approves it from the
 * review queue; an anonymous visitor finds it by a Chinese word, filters its preview, draws a chart and downloads the
 * rows it saw; a consumer applies for conditionally open data, the publisher approves, the consumer reads the rows;
 * and a user without the right role is refused every console page. The steps run in order and share their data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestAccounts.class, IngestFixture.class})
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalStoryIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    /** Four charging stations, two of them in 西陵区, with Chinese headers. */
    static final String STATIONS_CSV = """
            充电站编号,充电站名称,所属区县,充电口数
            C1,夷陵广场充电站,西陵区,12
            C2,宜昌东站充电站,伍家岗区,8
            C3,三峡大学充电站,西陵区,6
            C4,万达广场充电站,伍家岗区,10
            """;

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    CatalogApi catalog;
    @Autowired
    IngestFixture ingest;
    @Autowired
    TestAccounts accounts;
    @TempDir
    Path files;

    Caller publisher;
    Caller admin;
    Caller consumer;
    DataResource conditional;
    String title;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void accountsAndConditionalData() {
        Organization organization = accounts.organization(TestAccounts.YICHANG);
        publisher = accounts.publisher(organization);
        admin = accounts.admin();
        consumer = accounts.consumer();
        title = "电动自行车充电站 " + accounts.uniqueName("story");
        conditional = PortalData.publish(catalog, accounts, publisher,
                busStops("公交客流明细（有条件开放）", OpeningAttribute.CONDITIONAL));
        ingest.load(mvc, publisher, conditional.code(), "客流.csv", utf8(BUS_STOPS_CSV));
    }

    @Test
    @Order(1)
    void aPublisherRegistersAResourceLoadsACsvWithChineseHeadersAndSubmitsIt() throws Exception {
        signIn(publisher);
        browser.get(base() + "/console/resources/new");
        fill(By.id("r-title"), title);
        fill(By.id("r-description"), "宜昌市中心城区电动自行车充电站的位置和充电口数。");
        choose(By.id("r-theme"), "交通出行");
        fill(By.id("r-contact-name"), "李四");
        String[][] schema = {{"station_id", "充电站编号"}, {"station_name", "充电站名称"}, {"district", "所属区县"},
                {"ports", "充电口数"}};
        for (int i = 0; i < schema.length; i++) {
            if (i > 0) {
                swapping(() -> browser.findElement(By.cssSelector("#resource-form button[name=rows][value=add]"))
                        .click());
            }
            fill(By.id("f-" + i + "-name"), schema[i][0]);
            fill(By.id("f-" + i + "-label"), schema[i][1]);
        }
        choose(By.id("f-3-type"), "整数");
        browser.findElement(By.cssSelector("#resource-form > button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"), "已保存"));
        String code = browser.getCurrentUrl().replaceAll(".*/console/resources/", "");

        Path csv = Files.writeString(files.resolve("充电站.csv"), STATIONS_CSV, StandardCharsets.UTF_8);
        browser.findElement(By.id("load-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
        // the progress section asks for itself every second until the job has ended
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#load-progress[data-state=SUCCEEDED]")));
        assertThat(browser.findElement(By.id("load-progress")).getText()).contains("已处理 4 行");

        browser.get(base() + "/console/resources/" + code);
        browser.findElement(By.cssSelector("form[action$='/submit'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"), "已提交审核"));
        assertThat(catalog.get(admin, code).state().name()).isEqualTo("SUBMITTED");
    }

    @Test
    @Order(2)
    void theBureauApprovesItInTheReviewQueue() {
        signIn(admin);
        browser.get(base() + "/console/reviews");
        // the queue is read from the search index, which follows a moment after the submission
        until(By.linkText(title));
        browser.findElement(By.xpath("//li[.//a[text()='" + title + "']]//form[contains(@action, '/publish')]//button"))
                .click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"), "已发布"));
    }

    @Test
    @Order(3)
    void aVisitorFindsItByAChineseWordFiltersItsPreviewDrawsAChartAndDownloadsTheSameRows() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/search?lang=zh-CN&q=充电站");
        until(By.linkText(title));
        browser.get(base() + "/?lang=zh-CN");
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("充电站");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        browser.findElement(By.linkText(title)).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "共 4 条记录"));
        List<String> shown = BROWSER.filterPreview("所属区县", "西陵区", "共 2 条记录");
        assertThat(shown).containsExactly("夷陵广场充电站", "三峡大学充电站");

        BROWSER.drawChart("柱状图", "充电站名称", "求和", "充电口数");
        assertThat(browser.getCurrentUrl()).contains("chart=bar", "value=");

        List<CSVRecord> records = BROWSER.downloadCsv();
        assertThat(records).extracting(r -> r.get("充电站名称")).containsExactlyElementsOf(shown);
        assertThat(records).extracting(r -> r.get("充电口数")).containsExactly("12", "6");
    }

    @Test
    @Order(4)
    void aConsumerAppliesForConditionallyOpenDataAndReadsItsRowsOnceThePublisherApproves() {
        signIn(consumer);
        browser.get(base() + "/datasets/" + conditional.code());
        assertThat(browser.findElement(By.id("preview")).getText()).doesNotContain("共 6 条记录");
        browser.findElement(By.id("apply-purpose")).sendKeys("研究公交站点客流与线网优化");
        browser.findElement(By.cssSelector("form[action$='/applications'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"), "申请已提交"));

        signIn(publisher);
        browser.get(base() + "/applications");
        browser.findElement(By.xpath("//li[.//p[text()='研究公交站点客流与线网优化']]//form[contains(@action, '/approve')]"
                + "//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .notice"), "已批准"));

        signIn(consumer);
        browser.get(base() + "/datasets/" + conditional.code());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "共 6 条记录"));
    }

    @Test
    @Order(5)
    void aUserWithoutTheRightRoleIsRefusedEveryConsolePage() {
        signIn(consumer);
        for (String page : List.of("/console/resources", "/console/resources/new", "/console/reviews",
                "/console/users", "/console/users/new", "/console/organizations", "/console/organizations/new")) {
            browser.get(base() + page);
            assertThat(browser.findElement(By.tagName("main")).getText()).as(page)
                    .contains("ACCESS_DENIED", "当前身份无权执行此操作");
        }
        signIn(publisher);
        for (String page : List.of("/console/reviews", "/console/users", "/console/organizations")) {
            browser.get(base() + page);
            assertThat(browser.findElement(By.tagName("main")).getText()).as(page).contains("ACCESS_DENIED");
        }
    }

    private void signIn(Caller user) {
        browser = BROWSER.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        BROWSER.signIn(base(), user.username());
    }

    /** Types into an input of the resource form and leaves it: the form checks itself (htmx) and comes back anew. */
    private void fill(By input, String text) {
        swapping(() -> {
            WebElement element = browser.findElement(input);
            element.sendKeys(text);
            element.sendKeys(Keys.TAB);
        });
    }

    private void choose(By select, String option) {
        swapping(() -> new Select(browser.findElement(select)).selectByVisibleText(option));
    }

    /** Does something to the resource form and waits until htmx has replaced the form with the server's answer. */
    private void swapping(Runnable action) {
        WebElement form = browser.findElement(By.id("resource-form"));
        action.run();
        wait.until(ExpectedConditions.stalenessOf(form));
    }

    /** Reloads the page until this element is on it: for what the search index shows a moment after a change. */
    private void until(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            if (!driver.findElements(element).isEmpty()) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
