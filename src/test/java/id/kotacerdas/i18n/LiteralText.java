package id.kotacerdas.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Finds the literal (untranslated) words of a Thymeleaf template, as {@code "file:line: what"}.
 *
 * <p>The template is read by the parser Thymeleaf itself uses (attoparser, HTML mode), so comments, the
 * doctype and CDATA are never page text. Not literal either:
 *
 * <ul>
 *   <li>the code in {@code script}, {@code style} and {@code template} elements;
 *   <li>the sample body of an element whose th:text, th:utext, th:replace, th:insert or sec:authentication
 *       replaces it, and everything nested in it (attributes included); a page's {@code th:fragment} is shown
 *       again even inside a replaced element: it is what a page hands to the layout;
 *   <li>anything under th:remove="all" or "body";
 *   <li>text without a letter (numbers, punctuation, character references such as {@code &middot;}) and
 *       inlined expressions ({@code [[#{key}]]}, {@code [(${value})]}).
 * </ul>
 *
 * <p>Attributes that show text (title, placeholder, alt, aria-label, aria-description, hx-confirm,
 * hx-prompt, and the value of a button-like input) are literal when their value has a letter and no
 * {@code th:} attribute of the same name replaces it.
 */
final class LiteralText {

    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("title", "placeholder", "alt", "aria-label", "aria-description", "hx-confirm", "hx-prompt");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");
    private static final Set<String> BODY_REPLACING =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include", "sec:authentication");
    private static final Set<String> CODE = Set.of("script", "style", "template");
    private static final Pattern NOT_WORDS = Pattern.compile(
            "\\[\\[.*?]]|\\[\\(.*?\\)]|&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);", Pattern.DOTALL);

    private LiteralText() {}

    static List<String> in(String file, String html) {
        Finder finder = new Finder(file);
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, finder);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " does not parse", e);
        }
        return finder.offences;
    }

    private static int firstLetter(String text) {
        // the same length and lines as the text, so the index of the first letter is one in the text
        String words = NOT_WORDS.matcher(text).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
        for (int i = 0; i < words.length(); i++) {
            if (Character.isLetter(words.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** An open element: is its body page text? */
    private record Open(String name, boolean bodyShown) {}

    private static final class Finder extends AbstractMarkupHandler {

        private final String file;
        private final List<String> offences = new ArrayList<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private String starting;
        private int startingLine;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        Finder(String file) {
            this.file = file;
        }

        private boolean shown() {
            return open.isEmpty() || open.peek().bodyShown();
        }

        private void start(char[] buffer, int offset, int len, int line) {
            starting = new String(buffer, offset, len).toLowerCase(Locale.ROOT);
            startingLine = line;
            attributes.clear();
        }

        /** The start tag is complete: check its attributes and say whether its body is page text. */
        private Open started() {
            boolean shown = (shown() || attributes.containsKey("th:fragment"))
                    && !attributes.containsKey("th:replace")
                    && !removed();
            if (shown) {
                attributes.forEach((attribute, value) -> {
                    if (showsText(attribute) && !attributes.containsKey("th:" + attribute) && firstLetter(value) >= 0) {
                        offences.add(file + ":" + startingLine + ": attribute " + attribute + "=\"" + value + "\"");
                    }
                });
            }
            return new Open(
                    starting,
                    shown && !CODE.contains(starting) && BODY_REPLACING.stream().noneMatch(attributes::containsKey));
        }

        private boolean showsText(String attribute) {
            return TEXT_ATTRIBUTES.contains(attribute)
                    || ("value".equals(attribute)
                            && "input".equals(starting)
                            && BUTTON_INPUTS.contains(
                                    attributes.getOrDefault("type", "").toLowerCase(Locale.ROOT)));
        }

        private boolean removed() {
            String remove = attributes.get("th:remove");
            return "all".equals(remove) || "body".equals(remove);
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            start(buffer, offset, len, line);
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            open.push(started());
        }

        @Override
        public void handleAutoOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            start(buffer, offset, len, line);
        }

        @Override
        public void handleAutoOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            open.push(started());
        }

        @Override
        public void handleStandaloneElementStart(
                char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            start(buffer, offset, len, line);
        }

        @Override
        public void handleStandaloneElementEnd(
                char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            started();
        }

        @Override
        public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
            open.pop();
        }

        @Override
        public void handleAutoCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
            open.pop();
        }

        @Override
        public void handleAttribute(
                char[] buffer,
                int nameOffset,
                int nameLen,
                int nameLine,
                int nameCol,
                int operatorOffset,
                int operatorLen,
                int operatorLine,
                int operatorCol,
                int valueContentOffset,
                int valueContentLen,
                int valueOuterOffset,
                int valueOuterLen,
                int valueLine,
                int valueCol) {
            attributes.put(
                    new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT),
                    new String(buffer, valueContentOffset, valueContentLen));
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            if (!shown()) {
                return;
            }
            String text = new String(buffer, offset, len);
            int letter = firstLetter(text);
            if (letter >= 0) {
                long at = line
                        + text.substring(0, letter)
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                offences.add(file + ":" + at + ": text \"" + text.strip().replaceAll("\\s+", " ") + "\"");
            }
        }
    }
}
