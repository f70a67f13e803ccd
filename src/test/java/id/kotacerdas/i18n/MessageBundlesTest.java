package id.kotacerdas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All UI text comes from the message bundles: templates hold no literal text, every key a template or
 * a domain refusal uses exists in Bahasa Indonesia and in English, and both bundles have the same keys.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    /** A tag and the text after it; text inside an element whose th:text replaces it is a mere sample. */
    private static final Pattern TEXT_NODE = Pattern.compile("<(/?)[a-zA-Z][\\w:-]*([^>]*)>([^<>]*)<");

    private static final Pattern REPLACED_BODY = Pattern.compile("\\sth:(?:text|utext|replace|insert)=");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(?:title|placeholder|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
    private static final Pattern REFUSAL =
            Pattern.compile("new (?:InvalidInput|Conflict|NotFound)\\(([^;]*?)\\)", Pattern.DOTALL);
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z]+)+)\"");

    @Test
    void templates_hold_no_literal_text() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            String html = withoutScriptsAndComments(Files.readString(template));
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
                    offences.add(
                            template.getFileName() + ": text \"" + text.group(1).strip() + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                offences.add(template.getFileName() + ": attribute \"" + attribute.group(1) + "\"");
            }
        }
        assertThat(offences).as("literal UI text in templates").isEmpty();
    }

    @Test
    void both_languages_have_the_same_keys() throws IOException {
        assertThat(bundle("messages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("messages_en.properties").stringPropertyNames());
    }

    @Test
    void every_key_the_templates_use_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_refusal_the_domain_gives_has_a_message() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher refusal = REFUSAL.matcher(Files.readString(source));
                while (refusal.find()) {
                    Matcher key = KEY_LITERAL.matcher(refusal.group(1));
                    if (key.find()) {
                        used.add(key.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(10);
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String withoutScriptsAndComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script.*?</script>", "<script></script>")
                .replaceAll("(?s)<style.*?</style>", "<style></style>")
                .replaceAll("(?i)<!DOCTYPE[^>]*>", "");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
