package id.kotacerdas.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Codes a person should never read: a token like {@code KPPN_IKN} or {@code SELF_ASSESSMENT}, or one of the
 * one-word codes of tracks, dimensions, stages and roles ({@code REGULER}, {@code BASELINE}), in the page's visible
 * text. Text marked {@code translate="no"} (what the audit trail recorded, as recorded) is not read.
 */
final class RawCodes {

    static final Pattern CODE = Pattern.compile("\\b(?:[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+|REGULER|BASELINE|OUTPUT|OUTCOME"
            + "|IMPACT|COLLABORATION|DRAFT|ASSESSMENT|FINALIZED|PUBLISHED|ADMIN|OPERATOR|ASSESSOR|ENUMERATOR"
            + "|GOVERNANCE|BRANDING|ECONOMY|LIVING|SOCIETY|ENVIRONMENT)\\b");

    private static final String VISIBLE_TEXT = """
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const text = [];
            while (walker.nextNode()) {
              const parent = walker.currentNode.parentElement;
              if (!parent || parent.closest('script, style, template, [translate="no"]')) continue;
              if (parent.checkVisibility && !parent.checkVisibility()) continue;
              text.push(walker.currentNode.textContent);
            }
            return text.join(' ');
            """;

    private RawCodes() {}

    static List<String> on(WebDriver driver) {
        String text = String.valueOf(((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT));
        return in(text);
    }

    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            found.add(code.group());
        }
        return found;
    }
}
