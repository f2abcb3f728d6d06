package io.jingchu.hub.portal;

import static org.assertj.core.api.Assumptions.assumeThat;

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
