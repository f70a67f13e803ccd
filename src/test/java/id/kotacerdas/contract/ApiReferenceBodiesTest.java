package id.kotacerdas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API reference ({@code docs/api.md}) shows the body of every operation of the contract that takes one: where it
 * names the operation ({@code POST /api/v1/…}, or {@code POST …/tail} under a section's base path), the paragraph
 * holds an example ({@code `{…}`}, {@code `[…]`}, a JSON block), says it is multipart or a file, or points to the
 * body of another operation.
 */
class ApiReferenceBodiesTest {

    private static final Path REFERENCE = Path.of("docs", "api.md");
    private static final Set<String> WRITES = Set.of("post", "put", "patch");
    private static final Pattern MENTION = Pattern.compile("`(POST|PUT|PATCH) ([^`\\s\\[?]+)");
    private static final Pattern EXAMPLE =
            Pattern.compile("`\\{|`\\[|```|multipart|[Bb]ody as|[Bb]ody of|same body|[Bb]ody CSV|[Bb]ody:");
    /** An example of the body after the answer ({@code → 201 …, body `{…}`}). */
    private static final Pattern NAMED_BODY = Pattern.compile("[Bb]ody\\s+`[{\\[]");

    /** Where the reference names an operation: its method, its path (variables as {@code {}}) and the paragraph. */
    record Mention(String method, String path, String paragraph) {

        /** An example before the answer ({@code →}: what comes back is no example of the request), or one named so. */
        boolean showsBody() {
            int answer = paragraph.indexOf('→');
            String request = answer < 0 ? paragraph : paragraph.substring(0, answer);
            return EXAMPLE.matcher(request).find()
                    || NAMED_BODY.matcher(paragraph).find();
        }

        boolean names(String method, String path) {
            return this.method.equals(method)
                    && (this.path.equals(path) || this.path.startsWith("…") && path.endsWith(this.path.substring(1)));
        }
    }

    @Test
    void every_operation_taking_a_body_has_an_example_of_it_in_the_reference() throws IOException {
        List<Mention> mentions = mentions(Files.readString(REFERENCE, StandardCharsets.UTF_8));
        JsonNode contract = ContractDocument.parse(Files.readString(ContractDocument.FILE, StandardCharsets.UTF_8));
        List<String> withoutExample = new ArrayList<>();
        contract.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (WRITES.contains(operation.getKey())
                            && operation.getValue().has("requestBody")) {
                        String method = operation.getKey().toUpperCase(Locale.ROOT);
                        boolean shown = mentions.stream()
                                .filter(m -> m.names(method, variables(path.getKey())))
                                .anyMatch(Mention::showsBody);
                        if (!shown) {
                            withoutExample.add(method + " " + path.getKey());
                        }
                    }
                }));

        assertThat(withoutExample)
                .as("operations with a request body and no example of it in %s", REFERENCE)
                .isEmpty();
    }

    private static List<Mention> mentions(String reference) {
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = MENTION.matcher(reference);
        while (matcher.find()) {
            mentions.add(
                    new Mention(matcher.group(1), variables(matcher.group(2)), paragraph(reference, matcher.start())));
        }
        return mentions;
    }

    /** From {@code at} to the next bullet or blank line; a code block right after the blank line belongs to it. */
    private static String paragraph(String text, int at) {
        int end = text.length();
        for (String boundary : List.of("\n- ", "\n\n")) {
            int found = text.indexOf(boundary, at);
            if (found >= 0) {
                end = Math.min(end, found);
            }
        }
        if (text.startsWith("\n\n```", end)) {
            int closing = text.indexOf("```", end + 5);
            end = closing < 0 ? text.length() : closing + 3;
        }
        return text.substring(at, end);
    }

    private static String variables(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
