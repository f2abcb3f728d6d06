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
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The portal in a real headless Chromium against the hub on a random port: what a visitor does, end to end, with
 * the pages' own scripts (htmx) running under the content security policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestAccounts.class, IngestFixture.class})
@ContextConfiguration(initializers = TestDatabase.class)
class PortalBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

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

    @Test
    void aVisitorFindsADatasetFiltersItsPreviewAndDownloadsTheSameRows() throws Exception {
        Organization organization = accounts.organization(TestAccounts.YICHANG);
        Caller publisher = accounts.publisher(organization);
        DataResource stops = PortalData.publish(catalog, accounts, publisher,
                busStops("宜昌中心城区公交站点", OpeningAttribute.UNCONDITIONAL));
        ingest.load(mvc, publisher, stops.code(), "公交站点.csv", utf8(BUS_STOPS_CSV));
        PortalData.awaitIndexed(catalog, organization.id(), 1);
        WebDriver browser = BROWSER.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(base() + "/?lang=zh-CN");
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("公交站点");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        browser.findElement(By.linkText("宜昌中心城区公交站点")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "共 6 条记录"));
        List<String> shown = BROWSER.filterPreview("所属区县", "西陵区", "共 3 条记录");
        // htmx swapped the preview in place and put its state in the address
        assertThat(browser.getCurrentUrl()).contains("field=district", "op=eq");
        assertThat(shown).containsExactly("夷陵广场", "三峡大学", "儿童公园");
        // the map followed the filter: its points asked again and drawn by ECharts
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-map-count]"), "显示 3 个点"));
        assertThat(browser.findElements(By.cssSelector("#map-view canvas"))).isNotEmpty();

        BROWSER.drawChart("饼图", "站点名称", "求和", "线路数");
        assertThat(browser.getCurrentUrl()).contains("chart=pie", "value=");

        List<CSVRecord> records = BROWSER.downloadCsv();
        assertThat(records).extracting(r -> r.get("站点名称")).containsExactlyElementsOf(shown);
    }

    @Test
    void theLanguageSwitchTurnsThePortalEnglishAndBack() {
        WebDriver browser = BROWSER.driver();
        browser.get(base() + "/search?lang=zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("数据目录");

        browser.findElement(By.cssSelector("a.lang")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Catalogue");
        browser.get(base() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Public open-data platform");

        browser.findElement(By.cssSelector("a.lang")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("公共数据开放平台");
    }

    @Test
    void aSignedInConsumerIsRefusedTheBureausConsole() {
        Caller consumer = accounts.consumer();
        WebDriver browser = BROWSER.driver();
        BROWSER.signIn(base(), consumer.username());

        browser.get(base() + "/console/reviews");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ACCESS_DENIED", "当前身份无权执行此操作");

        browser.findElement(By.cssSelector("header form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header a[href='/login']")));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
