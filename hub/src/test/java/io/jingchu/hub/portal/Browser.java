package io.jingchu.hub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.jingchu.hub.testing.TestAccounts;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests, driven through Debian's {@code chromedriver}: both paths are set, so
 * Selenium never looks for (or downloads) a browser or driver of its own. A test that fails leaves a screenshot
 * and the page's HTML under {@code target/screenshots/}. Register it with {@code @RegisterExtension}.
 */
final class Browser implements AfterTestExecutionCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of(System.getProperty("jingchu.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("jingchu.test.chromedriver", "/usr/bin/chromedriver"));

    private WebDriver driver;

    /**
     * The browser, started on first use; Chinese is its language, as a visitor's here would be. Where Chromium is
     * not installed the calling test is skipped, except under CI ({@code CI} set), where that is a failure.
     */
    synchronized WebDriver driver() {
        if (driver == null) {
            boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
            if (System.getenv("CI") == null) {
                assumeThat(installed).as("Chromium is not installed (apt-get install chromium chromium-driver)")
                        .isTrue();
            } else if (!installed) {
                throw new IllegalStateException("CI must install chromium and chromium-driver: " + CHROMIUM + " or "
                        + CHROMEDRIVER + " is missing");
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--lang=zh-CN", "--window-size=1280,1000");
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }
        return driver;
    }

    /** Signs in through the sign-in page as this user (password {@code TestAccounts.PASSWORD}), dropping whoever was. */
    void signIn(String base, String username) {
        WebDriver browser = driver();
        browser.get(base + "/login?lang=zh-CN");
        browser.manage().deleteAllCookies();
        browser.get(base + "/login?lang=zh-CN");
        browser.findElement(By.id("login-username")).sendKeys(username);
        browser.findElement(By.id("login-password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("header .user"), username));
    }

    /**
     * On a dataset's page: filters the preview to the rows whose field (by its label) equals the value, waits for the
     * count the page should then show ({@code 共 3 条记录}), and answers the second column of the rows shown.
     */
    List<String> filterPreview(String fieldLabel, String value, String count) {
        WebDriver browser = driver();
        new Select(browser.findElement(By.id("preview-field"))).selectByVisibleText(fieldLabel);
        new Select(browser.findElement(By.id("preview-op"))).selectByVisibleText("等于");
        browser.findElement(By.id("preview-value")).sendKeys(value);
        browser.findElement(By.cssSelector("form.filter button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), count));
        return browser.findElements(By.cssSelector("#preview table.rows tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
    }

    /** On a dataset's page: draws a chart with the builder (its choices by their labels) and waits for ECharts. */
    void drawChart(String kind, String x, String aggregate, String y) {
        WebDriver browser = driver();
        new Select(browser.findElement(By.id("chart-kind"))).selectByVisibleText(kind);
        new Select(browser.findElement(By.id("chart-x"))).selectByVisibleText(x);
        new Select(browser.findElement(By.id("chart-agg"))).selectByVisibleText(aggregate);
        new Select(browser.findElement(By.id("chart-y"))).selectByVisibleText(y);
        browser.findElement(By.cssSelector("#chart button[type=submit]")).click();
        // ECharts drew the chart: the page's scripts ran under the content security policy
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart [data-chart] canvas")));
    }

    /** On a dataset's page: the CSV the preview's download link gives, fetched as a client would, by its header. */
    List<CSVRecord> downloadCsv() throws IOException, InterruptedException {
        String csv = driver().findElement(By.cssSelector("#preview a[data-format=csv]")).getAttribute("href");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(download.statusCode()).isEqualTo(200);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download.body().replace("\uFEFF", ""))).getRecords();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        Path dir = Path.of("target", "screenshots");
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(dir);
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
