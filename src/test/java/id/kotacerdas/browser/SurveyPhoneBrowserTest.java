package id.kotacerdas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestYears;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A citizen on a small phone (360 × 740) opens the survey from its short link and answers one dimension. */
@IntegrationTest
@ExtendWith(ChromiumInstalled.class)
class SurveyPhoneBrowserTest {

    private static final int YEAR = TestYears.SURVEY_PHONE_BROWSER;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(360, 740);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_citizen_fills_and_submits_a_smart_dimension_on_a_phone(
            @Autowired CreatePeriod periods, @Autowired ManageParticipants participants, @Autowired MovePeriod move)
            throws InterruptedException {
        periods.create(YEAR, 2024, TestAccounts.ADMIN);
        participants.set(YEAR, "52.71", "REGULER", TestAccounts.ADMIN);
        move.transition(YEAR, "SELF_ASSESSMENT", null, TestAccounts.ADMIN);

        browser.driver.get(url("/s/52.71"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("Kota Mataram");
        assertThat(pageIsNoWiderThanTheScreen()).isTrue();
        browser.screenshot("survey-phone-start");
        browser.assertAccessible("citizen-survey-start-phone");
        browser.driver.findElement(By.id("dim-LIVING")).click();

        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("q77")));
        List<WebElement> statements = browser.driver.findElements(By.tagName("fieldset"));
        assertThat(statements).hasSize(9);
        // each statement (the fieldset's legend) lies inside its box, clear of the box's border, however it wraps
        assertThat(legendsCrossingTheirBorder()).isEmpty();
        scrollTo(statements.get(0));
        browser.screenshot("survey-phone-statement");
        int[] answers = {3, 4, 2, 3, 3, 1, 4, 3, 2};
        for (int i = 0; i < answers.length; i++) {
            WebElement option = browser.driver.findElement(
                    By.cssSelector("input[name='q" + (77 + i) + "'][value='" + answers[i] + "']"));
            scrollTo(option);
            option.findElement(By.xpath("..")).click();
            assertThat(option.isSelected()).isTrue();
        }
        WebElement comment = browser.driver.findElement(By.id("comment"));
        scrollTo(comment);
        comment.sendKeys("Puskesmas sudah bisa daftar online.");
        assertThat(pageIsNoWiderThanTheScreen()).isTrue();
        browser.screenshot("survey-phone-form");
        browser.assertAccessible("citizen-survey-form-phone");
        WebElement submit = browser.driver.findElement(By.cssSelector("button[type='submit']"));
        scrollTo(submit);
        submit.click();

        // sent sooner than kc.survey.minimum-seconds (3 s in tests) after the form opened: refused in Indonesian,
        // the answers stay on the page (a slow browser may already be past the minimum)
        browser.wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("form-error")),
                ExpectedConditions.presenceOfElementLocated(By.id("thanks"))));
        if (!browser.driver.findElements(By.id("form-error")).isEmpty()) {
            assertThat(browser.driver.findElement(By.id("form-error")).getText())
                    .contains("terlalu cepat");
            browser.assertAccessible("citizen-survey-form-refused-phone");
            assertThat(browser.driver
                            .findElement(By.cssSelector("input[name='q77'][value='3']"))
                            .isSelected())
                    .isTrue();
            Thread.sleep(3_000);
            WebElement again = browser.driver.findElement(By.cssSelector("button[type='submit']"));
            scrollTo(again);
            again.click();
        }
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
        browser.screenshot("survey-phone-thanks");
        browser.assertAccessible("citizen-survey-thanks-phone");
        // stored once, with the answers in question order, not flagged
        List<String> stored = jdbc.sql("select array_to_string(answers, ',') || ' ' || too_fast from survey_response"
                        + " where year = ? and region_code = '52.71' and dimension = 'LIVING'")
                .param(YEAR)
                .query(String.class)
                .list();
        assertThat(stored).containsExactly("3,4,2,3,3,1,4,3,2 false");
    }

    /** The ids of the fieldsets whose legend is not inside the fieldset's borders. */
    private List<Object> legendsCrossingTheirBorder() {
        @SuppressWarnings("unchecked")
        List<Object> crossing = (List<Object>) ((JavascriptExecutor) browser.driver).executeScript("""
                        return Array.from(document.querySelectorAll('fieldset')).filter(f => {
                          const legend = f.querySelector(':scope > legend');
                          const box = f.getBoundingClientRect(), text = legend.getBoundingClientRect();
                          const style = getComputedStyle(f);
                          return text.top < box.top + parseFloat(style.borderTopWidth)
                              || text.left < box.left + parseFloat(style.borderLeftWidth)
                              || text.right > box.right - parseFloat(style.borderRightWidth)
                              || text.bottom > box.bottom - parseFloat(style.borderBottomWidth);
                        }).map(f => f.id);
                        """);
        return crossing;
    }

    private boolean pageIsNoWiderThanTheScreen() {
        Object fits = ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    private static void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
