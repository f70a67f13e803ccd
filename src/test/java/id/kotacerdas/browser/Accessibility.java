package id.kotacerdas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page the browser shows, against the WCAG 2.1 A and AA rules: a serious or critical violation
 * fails the test with a readable list; the moderate and minor ones, and what axe could not decide, are written to
 * {@code target/axe/<page>.txt} (the README's list of what remains comes from there). Every kind of page the
 * browser tests visit is checked: a new page is one more call with its name. The page must show no code raw either
 * ({@link RawCodes}).
 */
final class Accessibility {

    static final Path REPORTS = Path.of("target/axe");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {}

    static void assertNoSeriousViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.isErrored())
                .as("axe-core ran on %s: %s", page, results.getErrorMessage())
                .isFalse();
        write(page, results);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .toList();
        assertThat(list(serious))
                .as("serious or critical accessibility violations on %s (%s)", page, driver.getCurrentUrl())
                .isEmpty();
        assertThat(RawCodes.on(driver))
                .as("codes shown raw on %s (%s), not through a message key", page, driver.getCurrentUrl())
                .isEmpty();
    }

    static String list(List<Rule> rules) {
        return rules.stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        String nodes =
                rule.getNodes().stream().limit(10).map(Accessibility::describe).collect(Collectors.joining("\n"));
        String more =
                rule.getNodes().size() > 10 ? "\n    ... " + (rule.getNodes().size() - 10) + " more" : "";
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + nodes + more;
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null
                ? ""
                : " -- " + node.getFailureSummary().replace('\n', ' ');
        return "    " + node.getTarget() + summary;
    }

    private static void write(String page, Results results) {
        String report = "page: " + page + "\nurl: " + results.getUrl() + "\n\nviolations:\n"
                + list(results.getViolations()) + "\n\nto review (axe could not decide):\n"
                + list(results.getIncomplete()) + "\n";
        try {
            Files.createDirectories(REPORTS);
            Files.writeString(REPORTS.resolve(page + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
