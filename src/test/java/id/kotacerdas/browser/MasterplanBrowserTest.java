package id.kotacerdas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kota Bandung's operator, in the browser: records a masterplan and two items, enters their realisations, attaches
 * a PDF as evidence (and sees a text file named .pdf refused), sees the statuses and the drafted conclusion, and
 * downloads the monitoring report as PDF.
 */
@IntegrationTest
@ExtendWith(ChromiumInstalled.class)
class MasterplanBrowserTest {

    private static final String OPERATOR = "op-browser-3273";
    private static final String PASSWORD = "Bandung-Lautan-Api-1946!";

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(1400, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_operator_records_two_items_and_their_realisations_and_downloads_the_report(
            @Autowired ManageAccounts accounts) {
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Operator Bandung", "OPERATOR", "32.73", null));
        signIn();
        browser.driver.findElement(By.linkText("Masterplan")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("masterplan-form")));
        browser.driver.findElement(By.id("title")).sendKeys("Masterplan Smart City Kota Bandung");
        browser.driver.findElement(By.id("startYear")).sendKeys("2021");
        browser.driver.findElement(By.id("endYear")).sendKeys("2025");
        browser.driver
                .findElement(By.cssSelector("#masterplan-form button[type='submit']"))
                .click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-form")));
        new Select(browser.driver.findElement(By.id("tahun"))).selectByValue("2022");
        browser.driver
                .findElement(By.cssSelector("#period-form button[type='submit']"))
                .click();
        browser.wait.until(ExpectedConditions.urlContains("tahun=2022"));

        addItem("POLICY", "Perwal Satu Data Bandung", "HIGHER_IS_BETTER", "1");
        addItem("APPLICATION", "Waktu layanan perizinan daring", "LOWER_IS_BETTER", "3");
        List<WebElement> forms = browser.driver.findElements(By.cssSelector("form.realisation-form"));
        assertThat(forms).hasSize(2);
        realise(0, "1");
        realise(1, "5");

        attach(0, "perwal-satu-data.pdf", SampleFiles.PDF);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[id^='evidence-added-']")));
        assertThat(browser.driver.findElements(By.linkText("perwal-satu-data.pdf")))
                .hasSize(1);
        attach(1, "laporan.pdf", SampleFiles.TEXT);
        assertThat(browser.wait
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p[id^='error-file-']")))
                        .getText())
                .startsWith("Hanya PDF, PNG, JPEG, dan dokumen perkantoran yang diterima");

        List<WebElement> statuses = browser.driver.findElements(By.cssSelector("span[id^='status-']"));
        assertThat(statuses).extracting(WebElement::getText).containsExactlyInAnyOrder("Tercapai", "Belum tercapai");
        assertThat(browser.driver.findElement(By.id("conclusions-text")).getDomProperty("value"))
                .contains("Dari sebanyak 1 kebijakan smart city yang direncanakan, sebanyak 1 kebijakan telah"
                        + " tercapai dan sebanyak 0 kebijakan belum tercapai.");
        browser.driver.manage().window().setSize(new Dimension(1400, 2600));
        browser.screenshot("operator-masterplan-monitoring");
        browser.assertAccessible("operator-masterplan");
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));

        String pdf = browser.driver.findElement(By.id("monitoring-pdf")).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,"
                                + " r.headers.get('content-type'), new TextDecoder().decode(b.slice(0, 5))])));",
                        pdf);
        assertThat(answer).containsExactly(200L, "application/pdf", "%PDF-");
    }

    private void addItem(String category, String name, String direction, String target) {
        new Select(browser.driver.findElement(By.id("category"))).selectByValue(category);
        new Select(browser.driver.findElement(By.id("direction"))).selectByValue(direction);
        browser.driver.findElement(By.id("name")).sendKeys(name);
        browser.driver.findElement(By.id("target-2022")).sendKeys(target);
        WebElement form = browser.driver.findElement(By.id("item-form"));
        press(form.findElement(By.cssSelector("button[type='submit']")));
        browser.wait.until(ExpectedConditions.stalenessOf(form));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("item-added")));
    }

    private void realise(int row, String value) {
        WebElement form = browser.driver
                .findElements(By.cssSelector("form.realisation-form"))
                .get(row);
        WebElement input = form.findElement(By.name("value"));
        input.clear();
        input.sendKeys(value);
        press(form.findElement(By.cssSelector("button[type='submit']")));
        browser.wait.until(ExpectedConditions.stalenessOf(form));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("realised")));
    }

    /** Uploads a file for the row's realisation through its evidence form, as a person picks one. */
    private void attach(int row, String name, byte[] content) {
        Path file;
        try {
            file = Files.createTempDirectory("bukti").resolve(name);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebElement form = browser.driver
                .findElements(By.cssSelector("form.evidence-form"))
                .get(row);
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        press(form.findElement(By.cssSelector("button[type='submit']")));
        browser.wait.until(ExpectedConditions.stalenessOf(form));
    }

    /** Presses a button the way a click does, without racing the page's scrolling for the pointer. */
    private void press(WebElement button) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", button);
    }

    private void signIn() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get("http://localhost:" + port + "/masuk");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.driver.findElement(By.id("username")).sendKeys(OPERATOR);
        browser.driver.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("login-submit")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }
}
