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
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
    private static final Pattern REFUSAL =
            Pattern.compile("new (?:InvalidInput|Conflict|NotFound)\\(([^;]*?)\\)", Pattern.DOTALL);
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z]+)+)\"");

    @Test
    void templates_hold_no_literal_text() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            offences.addAll(LiteralText.in(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }
        assertThat(offences).as("literal UI text in templates").isEmpty();
    }

    /** The check above can only pass honestly if it finds what it looks for: here it is shown each kind. */
    @Test
    void the_literal_text_check_finds_words_and_ignores_samples_code_and_comments() {
        String sample = """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::main})}">
                <head><title th:text="#{app.name}">Kota Cerdas</title>
                <meta name="htmx-config" content='{"code":"4..","swap":true}'>
                <style>body { font-family: sans-serif; }</style>
                <script>const greeting = "halo";</script></head>
                <body>Prototype only
                <main th:fragment="main">
                <!-- a comment is no page text -->
                <p th:text="#{x}">sample <b>nested sample</b></p>
                <div th:replace="~{a :: b}">replaced sample</div>
                <a sec:authentication="name">admin</a>
                <span>12 &middot; 3,5 % &ndash; [[#{key}]] [(${value})] &#169;</span>
                <h1>Selamat datang</h1>
                <th:block th:if="${x}"><em>literal inside a block</em></th:block>
                <input placeholder="Cari wilayah" th:placeholder="#{search}">
                <input type="text" placeholder="Nama">
                <input type="submit" value="Kirim">
                <img src="a.png" alt="">
                <button title="Hapus" th:text="#{delete}">x</button>
                <div th:remove="all"><p>prototype row</p></div>
                <p>[[${count}]] wilayah</p>
                </main>
                </body>
                </html>
                """;

        assertThat(LiteralText.in("sample.html", sample))
                .containsExactly(
                        "sample.html:14: text \"Selamat datang\"",
                        "sample.html:15: text \"literal inside a block\"",
                        "sample.html:17: attribute placeholder=\"Nama\"",
                        "sample.html:18: attribute value=\"Kirim\"",
                        "sample.html:20: attribute title=\"Hapus\"",
                        "sample.html:22: text \"[[${count}]] wilayah\"");
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

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
