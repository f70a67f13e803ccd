package id.kotacerdas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium driven by its chromedriver, with screenshots saved under target/. */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String HOW_TO_INSTALL = "Install Chromium and its driver (apt-get install chromium chromium-driver)"
            + " or name them with -Dkc.browser or KC_BROWSER and -Dkc.chromedriver or KC_CHROMEDRIVER.";

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Starts the browser; fails where it is not installed or does not start (see {@link ChromiumInstalled}). */
    static Browser start(int width, int height) {
        Path chromium = installed(Executable.CHROMIUM);
        Path chromedriver = installed(Executable.CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver);
    }

    private static Path installed(Executable executable) {
        return executable
                .find()
                .orElseThrow(() -> new IllegalStateException(executable.lookedFor() + ". " + HOW_TO_INSTALL));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Path taken =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on a serious or critical WCAG 2.1 AA violation on the page shown, see {@link Accessibility}. */
    void assertAccessible(String page) {
        Accessibility.assertNoSeriousViolations(driver, page);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
