package id.kotacerdas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.scoring.ImportNationalResults;
import id.kotacerdas.scoring.SuggestionAcceptance;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor reads the national table, sorts it, opens a region; an administrator browses the registry. */
@IntegrationTest
@ExtendWith(ChromiumInstalled.class)
class NationalResultsBrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ImportNationalResults importer;

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
    void a_visitor_sorts_the_national_table_and_opens_a_region() throws IOException {
        importer.importTable(
                2024,
                TestData.bytes(TestData.NATIONAL_2024_PART_A),
                "text/tab-separated-values",
                "national-2024-part-a.tsv",
                SuggestionAcceptance.ALL,
                "browser-test");

        browser.driver.get(url("/hasil/2024"));
        assertThat(rows()).hasSize(70);
        assertThat(firstRegion()).isEqualTo("Kabupaten Demak");

        browser.driver.findElement(By.cssSelector("th a[data-sort='final']")).click();
        browser.wait.until(ExpectedConditions.urlContains("sort=final"));
        browser.wait.until(d -> finals().size() == 70 && isDescending(finals()));
        browser.driver.findElement(By.cssSelector("th a[data-sort='final']")).click();
        browser.wait.until(ExpectedConditions.urlContains("dir=asc"));
        browser.wait.until(d -> !isDescending(finals()));
        assertThat(firstRegion()).isEqualTo("Kabupaten Wakatobi");
        browser.screenshot("national-results-sorted");
        browser.assertAccessible("public-national-table");

        browser.driver.findElement(By.linkText("Kabupaten Wakatobi")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("region-name"), "Kabupaten Wakatobi"));
        assertThat(browser.driver.findElement(By.id("final-score")).getText()).isEqualTo("0,94");
        assertThat(browser.driver.findElement(By.id("formula")).getText()).endsWith("= 0.94");
        assertThat(browser.driver.findElements(By.cssSelector("#explanation tbody tr")))
                .hasSize(7);
        browser.wait.until(
                d -> "yes".equals(d.findElement(By.id("dimension-chart")).getDomAttribute("data-drawn")));
        browser.screenshot("region-wakatobi");
        browser.assertAccessible("public-region");
    }

    @Test
    void an_administrator_signs_in_and_browses_the_registry() {
        browser.driver.get(url("/admin/wilayah"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.assertAccessible("login");
        browser.driver.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN);
        browser.driver.findElement(By.id("password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        browser.driver.findElement(By.id("login-submit")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("regions")));
        assertThat(browser.driver.findElements(By.cssSelector("#regions tbody tr")))
                .hasSize(514);
        browser.driver.findElement(By.id("q")).sendKeys("wakatobi");
        browser.driver.findElement(By.id("go")).click();
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#regions tbody tr")).size() == 1);
        browser.screenshot("admin-registry");
        browser.assertAccessible("admin-regions");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#national-table tbody tr"));
    }

    private String firstRegion() {
        return rows().get(0).findElement(By.cssSelector("td:nth-child(2) a")).getText();
    }

    private List<BigDecimal> finals() {
        return rows().stream()
                .map(r ->
                        r.findElement(By.cssSelector("td.has-text-weight-bold")).getText())
                .map(t -> new BigDecimal(t.replace(',', '.')))
                .toList();
    }

    private static boolean isDescending(List<BigDecimal> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).compareTo(values.get(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
