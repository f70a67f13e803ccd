package id.kotacerdas.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every data table says what it holds and which header goes with which cell: a {@code <caption>} first (visually
 * hidden with {@code is-sr-only} where a heading already says it) and a {@code scope} on every {@code <th>}. The PDF
 * templates ({@code *-pdf.html}) need the scopes only: their PDFs are PDF/A-3b without a tag structure, so a caption
 * would reach no screen reader and only print a second title under the section's heading. A {@code <table
 * th:remove="tag">} is a wrapper that never reaches a page (a fragment of table rows).
 */
class TablesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TABLE = Pattern.compile("<table\\b[^>]*>");
    private static final Pattern HEADER_CELL = Pattern.compile("<th(?=[\\s>])[^>]*>");

    @Test
    void every_table_on_a_page_has_a_caption() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            if (!template.getFileName().toString().endsWith("-pdf.html")) {
                missing.addAll(tablesWithoutCaption(name(template), Files.readString(template)));
            }
        }
        assertThat(missing).as("tables without a caption").isEmpty();
    }

    @Test
    void every_header_cell_has_a_scope() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            missing.addAll(headersWithoutScope(name(template), Files.readString(template)));
        }
        assertThat(missing)
                .as("header cells without scope=\"col\" or scope=\"row\"")
                .isEmpty();
    }

    /** The checks above can only pass honestly if they find what they look for: here they are shown each kind. */
    @Test
    void the_checks_find_a_table_without_caption_and_a_header_without_scope() {
        String sample = """
                <table class="table" id="ok">
                    <caption class="is-sr-only" th:text="#{x}">x</caption>
                    <thead><tr><th scope="col">a</th></tr></thead>
                </table>
                <table class="table" id="bare">
                    <thead><tr><th th:text="#{a}">a</th><th:block th:if="${b}"></th:block></tr></thead>
                    <tbody><tr><th scope="row">b</th><td>1</td></tr></tbody>
                </table>
                <table th:remove="tag"><tbody th:fragment="rows"></tbody></table>
                """;

        assertThat(tablesWithoutCaption("sample.html", sample)).containsExactly("sample.html:5");
        assertThat(headersWithoutScope("sample.html", sample)).containsExactly("sample.html:6");
    }

    static List<String> tablesWithoutCaption(String name, String html) {
        List<String> missing = new ArrayList<>();
        Matcher table = TABLE.matcher(html);
        while (table.find()) {
            boolean wrapper = table.group().contains("th:remove=\"tag\"");
            boolean captioned = html.substring(table.end()).stripLeading().startsWith("<caption");
            if (!wrapper && !captioned) {
                missing.add(name + ":" + line(html, table.start()));
            }
        }
        return missing;
    }

    static List<String> headersWithoutScope(String name, String html) {
        List<String> missing = new ArrayList<>();
        Matcher header = HEADER_CELL.matcher(html);
        while (header.find()) {
            if (!header.group().matches("(?s).*\\sscope=\"(col|row|colgroup|rowgroup)\".*")) {
                missing.add(name + ":" + line(html, header.start()));
            }
        }
        return missing;
    }

    private static int line(String html, int offset) {
        return (int) html.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
