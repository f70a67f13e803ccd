package id.kotacerdas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.SampleFiles;
import id.kotacerdas.support.TestAccounts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ministry's administrator, in the browser, goes from the masterplan monitoring page to the field evaluations,
 * records Kota Bandung's second-semester evaluation of 2023 (first forgetting its findings: the message shows next
 * to them and nothing typed is lost), adds a follow-up and a photo of the visit (a text file named .jpg first,
 * refused next to the file field), and sees them on the region's masterplans page.
 */
@IntegrationTest
@ExtendWith(ChromiumInstalled.class)
class FieldEvaluationBrowserTest {

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
    void the_administrator_records_an_evaluation_and_its_follow_up() {
        signIn();
        browser.driver.get(url("/admin/masterplan?tahun=2023"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("national-field-evaluations")));
        browser.assertAccessible("admin-masterplan-monitoring");
        press(browser.driver.findElement(By.id("field-evaluations-link")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-evaluation-form")));

        type("code", "32.73");
        new Select(browser.driver.findElement(By.id("semester"))).selectByValue("2");
        date("plannedOn", "2023-11-14");
        date("heldOn", "2023-11-15");
        date("heldUntil", "2023-11-16");
        type("place", "Pendopo Kota Bandung");
        List<WebElement> names = browser.driver.findElements(By.name("teamName"));
        List<WebElement> affiliations = browser.driver.findElements(By.name("teamAffiliation"));
        List<WebElement> roles = browser.driver.findElements(By.name("teamRole"));
        names.get(0).sendKeys("Atina Ratnaningtyas");
        affiliations.get(0).sendKeys("Ditjen Aptika Kemenkominfo");
        roles.get(0).sendKeys("Ketua tim");
        names.get(1).sendKeys("Prof. Djunaidi");
        affiliations.get(1).sendKeys("Universitas Gadjah Mada");
        roles.get(1).sendKeys("Pendamping");
        type("stakeholders", "Bappelitbang\nDiskominfo\nDPMPTSP");
        submit("field-evaluation-form");

        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-notes")));
        assertThat(error.getText()).isEqualTo("Tinjauan yang sudah dilaksanakan wajib mencatat temuannya.");
        assertThat(browser.driver.findElements(By.name("teamName")).get(1).getDomProperty("value"))
                .isEqualTo("Prof. Djunaidi");
        assertThat(browser.driver.findElement(By.id("stakeholders")).getDomProperty("value"))
                .contains("DPMPTSP");
        browser.screenshot("admin-field-evaluation-refused");
        browser.assertAccessible("admin-field-evaluation-form-refused");

        type("notes", "Bandung Command Center berjalan; integrasi data OPD belum tuntas.");
        submit("field-evaluation-form");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-form")));
        assertThat(browser.driver.findElement(By.id("field-evaluation-status")).getText())
                .isEqualTo("Dilaksanakan");

        type("action", "Integrasikan data OPD ke Satu Data Bandung");
        type("agency", "Diskominfo");
        date("dueOn", "2024-06-30");
        submit("follow-up-form");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-up-1")));

        // a photo of the visit: a text file named .jpg first, refused next to the file field, the caption kept
        attachPhoto("pendopo.jpg", SampleFiles.TEXT, "Wawancara OPD di Pendopo");
        WebElement refused =
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-photo-file")));
        assertThat(refused.getText()).startsWith("Hanya foto JPEG atau PNG yang diterima");
        assertThat(browser.driver.findElement(By.id("photo-caption")).getDomProperty("value"))
                .isEqualTo("Wawancara OPD di Pendopo");
        attachPhoto("pendopo.png", picture(), "Wawancara OPD di Pendopo");
        WebElement photo =
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photo-gallery img")));
        assertThat(photo.getDomAttribute("alt")).isEqualTo("Wawancara OPD di Pendopo");
        assertThat(loaded(photo))
                .as("the image shown from the API with the session")
                .isTrue();
        browser.driver.manage().window().setSize(new Dimension(1400, 3000));
        browser.screenshot("admin-field-evaluation");
        browser.assertAccessible("admin-field-evaluation");
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));

        browser.driver.get(url("/wilayah/32.73/masterplan"));
        WebElement section =
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-evaluation-2023-2")));
        assertThat(section.getText())
                .contains("Atina Ratnaningtyas")
                .contains("Integrasikan data OPD ke Satu Data Bandung")
                .contains("Bappelitbang, Diskominfo, DPMPTSP")
                .contains("Wawancara OPD di Pendopo");
        assertThat(loaded(section.findElement(By.cssSelector(".field-evaluation-photos img"))))
                .isTrue();
        browser.driver.manage().window().setSize(new Dimension(1400, 1800));
        browser.screenshot("region-field-evaluations");
        browser.assertAccessible("operator-region-masterplans");
        browser.driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    /** Chooses the file in the photo form, types its caption and sends it. */
    private void attachPhoto(String name, byte[] content, String caption) {
        Path file;
        try {
            file = Files.createTempDirectory("foto").resolve(name);
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.driver
                .findElement(By.id("photo-file"))
                .sendKeys(file.toAbsolutePath().toString());
        type("photo-caption", caption);
        submit("photo-form");
    }

    /** A small picture to look at: a sky over a green field. */
    private static byte[] picture() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x87ceeb));
        g.fillRect(0, 0, 320, 150);
        g.setColor(new Color(0x3c8d40));
        g.fillRect(0, 150, 320, 90);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Whether the browser loaded and decoded the image. */
    private static boolean loaded(WebElement image) {
        browser.wait.until(
                d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete;", image));
        return ((Number) ((JavascriptExecutor) browser.driver)
                                .executeScript("return arguments[0].naturalWidth;", image))
                        .intValue()
                > 0;
    }

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date field's value as the browser sends it, whatever the browser's way of typing dates. */
    private void date(String id, String value) {
        ((JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = arguments[1];", browser.driver.findElement(By.id(id)), value);
    }

    private void submit(String form) {
        WebElement element = browser.driver.findElement(By.id(form));
        press(element.findElement(By.cssSelector("button[type='submit']")));
        browser.wait.until(ExpectedConditions.stalenessOf(element));
    }

    /** Presses a button the way a click does, without racing the page's scrolling for the pointer. */
    private void press(WebElement button) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", button);
    }

    private void signIn() {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(url("/masuk"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        browser.driver.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN);
        browser.driver.findElement(By.id("password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
        browser.driver.findElement(By.id("login-submit")).click();
        browser.wait.until(ExpectedConditions.urlContains("/admin"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
