package id.kotacerdas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every audit action the code records is shown on the audit page in the reader's language: the action of each
 * {@code AuditEvent.by(actor, "ACTION", ...)} (and of the instrument's {@code log(year, actor, "ACTION", ...)}) has
 * the message key {@code audit.action.ACTION} in both bundles.
 */
class AuditActionLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CALL =
            Pattern.compile("AuditEvent\\.by\\(|\\blog\\(\\s*\\w+,\\s*[\\w.()\"]+,\\s*(?=\")");
    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?: [^\"]*)?\"");

    @Test
    void every_recorded_audit_action_has_a_label_in_both_languages() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                actions.addAll(actions(Files.readString(source)));
            }
        }
        assertThat(actions).hasSizeGreaterThan(50).contains("ANSWER_SAVED", "TRANSITION", "PARTICIPANT_SET");
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Set<String> keys = bundle(bundle).stringPropertyNames();
            assertThat(actions.stream().filter(a -> !keys.contains("audit.action." + a)))
                    .as("audit actions without a label audit.action.<ACTION> in %s", bundle)
                    .isEmpty();
        }
    }

    /** The scan above can only pass honestly if it finds what it looks for: here it is shown each form. */
    @Test
    void the_scan_finds_actions_in_every_form_the_code_writes_them() {
        String sample = """
                audit.record(AuditEvent.by(actor, "ANSWER_SAVED").inPeriod(year));
                audit.record(AuditEvent.by(
                        actor.username(), recorded ? "FIELD_EVALUATION_RECORDED" : "FIELD_EVALUATION_PLANNED")
                        .to("not an action"));
                repository.log(year, actor, "TRANSITION " + from + " -> " + to, reason);
                other.call("NOT_AN_ACTION");
                """;

        assertThat(actions(sample))
                .containsExactlyInAnyOrder(
                        "ANSWER_SAVED", "FIELD_EVALUATION_RECORDED", "FIELD_EVALUATION_PLANNED", "TRANSITION");
    }

    /** The upper-case literals among the arguments of each call that records an audit action. */
    static Set<String> actions(String source) {
        Set<String> found = new TreeSet<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            Matcher action = ACTION.matcher(arguments(source, call.end()));
            while (action.find()) {
                found.add(action.group(1));
            }
        }
        return found;
    }

    /** The text up to the parenthesis that closes the call opened just before {@code from}. */
    private static String arguments(String source, int from) {
        int depth = 1;
        int i = from;
        while (i < source.length() && depth > 0) {
            char c = source.charAt(i++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return source.substring(from, i);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
