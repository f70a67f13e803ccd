package id.kotacerdas.browser;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before its application starts, where Chromium or its driver is not installed. Not on
 * CI, which installs them: there the test runs, and fails if they are missing. (A condition, not an assumption in
 * {@code @BeforeAll}: Surefire reports a class aborted there as no test at all.)
 */
final class ChromiumInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = Stream.of(Executable.CHROMIUM, Executable.CHROMEDRIVER)
                .filter(executable -> executable.find().isEmpty())
                .map(Executable::lookedFor)
                .toList();
        if (missing.isEmpty() || "true".equals(System.getenv("CI"))) {
            return enabled("Chromium and its driver are installed, or CI must have them");
        }
        String reason = "skipped: " + String.join("; ", missing) + ". " + Browser.HOW_TO_INSTALL;
        System.err.println(context.getDisplayName() + " " + reason);
        return disabled(reason);
    }
}
