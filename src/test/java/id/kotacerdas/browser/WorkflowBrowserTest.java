package id.kotacerdas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stage II in the browser for Kab. Badung in a period of its own: the operator finishes and submits the
 * self-assessment, an assessor scores blind and sees the other assessor's scores only after submitting,
 * and the administrator finalizes and publishes the period so that Badung's result becomes public.
 * The bulk of the answers and scores goes through the facades; the steps that matter go through the pages.
 */
@IntegrationTest
@ExtendWith(ChromiumInstalled.class)
@TestMethodOrder(OrderAnnotation.class)
class WorkflowBrowserTest {

    private static final int YEAR = TestYears.WORKFLOW_BROWSER;
    private static final String BADUNG = "51.03";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final String OPERATOR = "op-wf-5103";
    private static final String ASSESSOR_A = "asr-wf-a";
    private static final String ASSESSOR_B = "asr-wf-b";
    private static final int QUESTIONS = 115;

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CreatePeriod createPeriod;

    @Autowired
    ManageParticipants participants;

    @Autowired
    MovePeriod movePeriod;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    AnswerQuestions answers;

    @Autowired
    AssignPanel panels;

    @Autowired
    ScoreQuestions scoring;

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
    @Order(1)
    void the_operator_answers_the_last_questions_and_submits() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        createPeriod.create(YEAR, 2024, "test");
        participants.set(YEAR, BADUNG, "REGULER", "test");
        movePeriod.schedule(YEAR, today.minusDays(1), today.plusDays(10), "test");
        movePeriod.transition(YEAR, "SELF_ASSESSMENT", "dibuka untuk uji peramban", "test");
        accounts.create(new NewAccount(OPERATOR, PASSWORD, "Putu Wirawan", "OPERATOR", BADUNG, null));
        for (int no = 1; no <= QUESTIONS - 2; no++) {
            answers.answer(YEAR, BADUNG, no, 3, "Dokumen terlampir " + no, null, TestActors.operator(OPERATOR, BADUNG));
        }

        signIn(OPERATOR, PASSWORD, "/wilayah");
        browser.assertAccessible("operator-periods");
        browser.driver
                .findElement(By.cssSelector("#my-periods a[href$='/wilayah/" + YEAR + "/51.03/penilaian-mandiri']"))
                .click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-115")));
        assertThat(text("progress")).contains("113 dari 115");
        browser.assertAccessible("operator-self-assessment");

        // a refused form (a boosted htmx request answered 409) shows its message on the page
        browser.driver.findElement(By.id("submit-self-assessment")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-form")));
        assertThat(text("error-form")).contains("2 pertanyaan belum dijawab");
        browser.assertAccessible("operator-self-assessment-refused");
        assertThat(text("progress")).contains("113 dari 115");

        answerInBrowser(114, "Perbup 114/" + YEAR + " tentang masterplan kota cerdas");
        answerInBrowser(115, "SK tim pelaksana 115/" + YEAR);

        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-115")));
        assertThat(text("progress")).contains("115 dari 115");
        // the page shows what was saved: the answers given in the browser and those given through the facade
        assertThat(value("justification-114")).isEqualTo("Perbup 114/" + YEAR + " tentang masterplan kota cerdas");
        assertThat(value("justification-1")).isEqualTo("Dokumen terlampir 1");
        assertThat(levelChecked(115, 3)).isTrue();
        assertThat(levelChecked(1, 3)).isTrue();
        assertThat(browser.driver
                        .findElement(By.cssSelector("#answer-114 input[name='version']"))
                        .getDomProperty("value"))
                .isEqualTo("2");

        // revising an answer saved earlier (version 1, through the facade) works from the page
        scrollTo("q1");
        browser.driver
                .findElement(By.cssSelector("#answer-1 input[name='level'][value='4']"))
                .click();
        browser.wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("saved-1")),
                ExpectedConditions.presenceOfElementLocated(By.id("error-answer-1"))));
        assertThat(browser.driver.findElements(By.id("error-answer-1"))).isEmpty();
        assertThat(text("saved-1")).contains("versi 2");

        browser.driver.findElement(By.id("submit-self-assessment")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitted-note")));
        assertThat(text("submitted-note")).contains(OPERATOR);
        assertThat(browser.driver.findElements(By.id("submit-self-assessment"))).isEmpty();
        assertThat(levelChecked(114, 3)).isTrue();
        assertThat(browser.driver
                        .findElement(By.cssSelector("#answer-114 input[name='level'][value='3']"))
                        .isEnabled())
                .isFalse();
        assertThat(browser.driver.findElement(By.id("justification-114")).isEnabled())
                .isFalse();
        browser.screenshot("operator-submitted");
    }

    @Test
    @Order(2)
    void an_assessor_scores_blind_and_sees_the_panel_after_submitting() {
        movePeriod.transition(YEAR, "ASSESSMENT", "penilaian asesor", "test");
        accounts.create(new NewAccount(ASSESSOR_A, PASSWORD, "Made Suartini", "ASSESSOR", null, "Universitas Udayana"));
        accounts.create(new NewAccount(ASSESSOR_B, PASSWORD, "Komang Ariani", "ASSESSOR", null, "ITS"));
        panels.assign(YEAR, BADUNG, List.of(ASSESSOR_A, ASSESSOR_B), TestActors.admin());
        for (int no = 1; no <= QUESTIONS; no++) {
            scoring.score(
                    YEAR, BADUNG, no, 3, no == 1 ? "catatan-asesor-B" : "", null, TestActors.assessor(ASSESSOR_B));
        }
        scoring.submit(YEAR, BADUNG, TestActors.assessor(ASSESSOR_B));

        signIn(ASSESSOR_A, PASSWORD, "/penilaian");
        browser.assertAccessible("assessor-panels");
        browser.driver.get(url("/pemberitahuan"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        browser.assertAccessible("assessor-notices");
        browser.driver.get(url("/penilaian"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-panels")));
        browser.driver
                .findElement(By.cssSelector("#my-panels a[href$='/penilaian/" + YEAR + "/51.03']"))
                .click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-115")));
        assertThat(browser.driver.getPageSource()).doesNotContain("catatan-asesor-B");
        assertThat(browser.driver.findElements(By.id("others-1"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("reconciliation"))).isEmpty();
        assertThat(text("blind-note")).contains("tersembunyi");
        assertThat(text("proposed-1")).startsWith("Level usulan wilayah: ");

        browser.driver.findElement(By.id("note-1")).sendKeys("catatan-asesor-A");
        browser.driver
                .findElement(By.cssSelector("#score-1 input[name='score'][value='3']"))
                .click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-1")));
        assertThat(text("saved-1")).contains("Skor tersimpan");
        assertThat(browser.driver.findElement(By.id("note-1")).getDomProperty("value"))
                .isEqualTo("catatan-asesor-A");
        assertThat(browser.driver.findElements(By.id("error-score-1"))).isEmpty();
        browser.screenshot("assessor-blind");
        browser.assertAccessible("assessor-scoring-blind");

        for (int no = 2; no <= QUESTIONS; no++) {
            scoring.score(YEAR, BADUNG, no, 3, "", null, TestActors.assessor(ASSESSOR_A));
        }
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-115")));
        assertThat(text("my-progress")).contains("115 dari 115");
        assertThat(browser.driver.getPageSource()).doesNotContain("catatan-asesor-B");
        // the page shows the assessor's own saved scores
        assertThat(value("note-1")).isEqualTo("catatan-asesor-A");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#score-1 input[name='score'][value='3']"))
                        .isSelected())
                .isTrue();

        browser.driver.findElement(By.id("submit-scores")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitted-note")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("others-1")));
        assertThat(text("others-1")).contains(ASSESSOR_B + ": 3").contains("catatan-asesor-B");
        assertThat(browser.driver.findElements(By.id("blind-note"))).isEmpty();
        assertThat(text("reconciliation")).contains("Tidak ada pertanyaan yang perlu direkonsiliasi");
        browser.driver.manage().window().setSize(new Dimension(1400, 1500));
        browser.screenshot("assessor-after-submit");
        browser.assertAccessible("assessor-scoring-submitted");
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    @Order(3)
    void the_administrator_finalizes_and_publishes_and_badung_appears_in_the_results() {
        signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, "/admin");
        browser.driver.get(url("/admin/periode/" + YEAR));
        browser.wait.until(ExpectedConditions.textToBe(By.id("period-status"), "Penilaian asesor"));
        browser.assertAccessible("admin-period");
        visitAdminPages();
        browser.driver.get(url("/admin/periode/" + YEAR));
        browser.wait.until(ExpectedConditions.textToBe(By.id("period-status"), "Penilaian asesor"));

        moveInBrowser("Difinalkan", "semua panel selesai");
        moveInBrowser("Diterbitkan", "diumumkan");
        assertThat(browser.driver.findElements(By.id("transition"))).isEmpty();

        browser.driver.get(url("/hasil/" + YEAR));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("national-table")));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#national-table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Kabupaten Badung");

        browser.driver.findElement(By.linkText("Kabupaten Badung")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("region-name"), "Kabupaten Badung"));
        assertThat(text("final-score")).isEqualTo("3,00");
        assertThat(browser.driver.findElement(By.id("report-link")).getAttribute("href"))
                .endsWith("/api/v1/periods/" + YEAR + "/regions/51.03/report.pdf");
        browser.screenshot("admin-published");
        browser.assertAccessible("public-region-published");
    }

    @Test
    @Order(4)
    void the_administrator_makes_every_regions_report_and_the_page_follows_it_to_the_download() {
        signIn(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD, "/admin");
        browser.driver.get(url("/admin/periode/" + YEAR));
        browser.driver.findElement(By.id("batch-link")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-none")));

        browser.driver
                .findElement(By.cssSelector("#batch-start button[type='submit']"))
                .click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-download")));
        assertThat(text("batch-status")).startsWith("Selesai").contains("1 wilayah diproses, 0 gagal");
        assertThat(browser.driver.findElement(By.id("batch-bar")).getDomProperty("value"))
                .isEqualTo("1");
        assertThat(browser.driver.findElement(By.id("batch-download")).getAttribute("href"))
                .contains("/api/v1/report-batches/")
                .endsWith("/reports.zip");
        browser.screenshot("admin-report-batch");
        browser.assertAccessible("admin-report-batch");
    }

    /** The administrator's other pages of the period while it is assessed, each checked with axe-core. */
    private void visitAdminPages() {
        List.of(
                        "admin-periods=/admin/periode",
                        "admin-participants=/admin/periode/" + YEAR + "/peserta",
                        "admin-tracking=/admin/periode/" + YEAR + "/pemantauan",
                        "admin-panel=/admin/periode/" + YEAR + "/panel/" + BADUNG,
                        "admin-analytics-agreement=/admin/periode/" + YEAR + "/kesepakatan",
                        "admin-analytics-calibration=/admin/periode/" + YEAR + "/kalibrasi",
                        "admin-interview=/admin/periode/" + YEAR + "/wawancara/" + BADUNG,
                        "admin-audit=/admin/audit",
                        "admin-accounts=/admin/pengguna",
                        "admin-notices=/admin/pemberitahuan")
                .forEach(page -> {
                    String[] nameAndPath = page.split("=", 2);
                    browser.driver.get(url(nameAndPath[1]));
                    browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                    browser.assertAccessible(nameAndPath[0]);
                });
    }

    /** Level 3 first (saved as version 1), then the justification, saved on leaving the field (version 2). */
    private void answerInBrowser(int no, String justification) {
        scrollTo("q" + no);
        browser.driver
                .findElement(By.cssSelector("#answer-" + no + " input[name='level'][value='3']"))
                .click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-" + no), "versi 1"));
        browser.driver.findElement(By.id("justification-" + no)).sendKeys(justification, Keys.TAB);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-" + no), "versi 2"));
        assertThat(browser.driver.findElements(By.id("error-answer-" + no))).isEmpty();
        assertThat(browser.driver.findElement(By.id("justification-" + no)).getDomProperty("value"))
                .isEqualTo(justification);
    }

    private void moveInBrowser(String statusLabel, String reason) {
        WebElement form = browser.driver.findElement(By.id("transition"));
        assertThat(form.getText()).contains(statusLabel);
        form.findElement(By.id("reason")).sendKeys(reason);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("period-status"), statusLabel));
    }

    private void signIn(String username, String password, String landing) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(url("/masuk"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.id("login-submit")).click();
        browser.wait.until(ExpectedConditions.urlContains(landing));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", browser.driver.findElement(By.id(id)));
    }

    private boolean levelChecked(int no, int level) {
        return browser.driver
                .findElement(By.cssSelector("#answer-" + no + " input[name='level'][value='" + level + "']"))
                .isSelected();
    }

    private String value(String id) {
        return browser.driver.findElement(By.id(id)).getDomProperty("value");
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
