package id.kotacerdas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.analytics.TrendPeriods;
import id.kotacerdas.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The results pages load their trends with htmx once open, and Chart.js draws them. */
@IntegrationTest
@ExtendWith(ChromiumInstalled.class)
class TrendsBrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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

    @BeforeEach
    void periods() {
        TrendPeriods.ensure(context);
    }

    @Test
    void a_visitor_sees_a_regions_trend_drawn_on_its_page() {
        browser.driver.get(url("/hasil/" + TrendPeriods.EARLIER + "/" + TrendPeriods.BADUNG));

        browser.wait.until(d -> "yes".equals(d.findElement(By.id("trend-chart")).getDomAttribute("data-drawn")));
        assertThat(browser.driver.findElements(By.cssSelector("#trend-table tbody tr")))
                .hasSize(1);
        assertThat(browser.driver.findElements(By.id("trend-link"))).isEmpty();
        browser.screenshot("region-trend");
        browser.assertAccessible("public-region-with-trend");
    }

    @Test
    void a_visitor_sees_the_periods_distribution_drawn_under_the_national_table() {
        browser.driver.get(url("/hasil/" + TrendPeriods.EARLIER));

        browser.wait.until(d ->
                "yes".equals(d.findElement(By.id("national-distribution-chart")).getDomAttribute("data-drawn")));
        assertThat(browser.driver.findElement(By.id("distribution-leaders")).getText())
                .contains("Kota Surakarta");
        browser.screenshot("national-distribution");
        browser.assertAccessible("public-national-table-with-distribution");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
