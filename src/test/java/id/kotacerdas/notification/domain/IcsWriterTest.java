package id.kotacerdas.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The calendar invitation as RFC 5545 asks: CRLF, UTC times, escaped text, lines folded at 75 octets. */
class IcsWriterTest {

    private static final Instant START = Instant.parse("2026-11-05T02:30:00Z");

    private static CalendarInvite invite(String summary, String location) {
        return new CalendarInvite(
                "interview-2026-51.03@kotacerdas",
                2,
                Instant.parse("2026-12-03T08:00:00Z"),
                START,
                Duration.ofHours(2),
                summary,
                "Kabupaten Badung (51.03)",
                location,
                "pemberitahuan@kotacerdas.test",
                "asesor@unud.test");
    }

    @Test
    void an_invitation_is_a_request_with_its_times_in_utc() {
        String ics = IcsWriter.write(invite("Wawancara", "https://meet.example.go.id/a"));

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("\r\nMETHOD:REQUEST\r\n")
                .contains("\r\nUID:interview-2026-51.03@kotacerdas\r\n")
                .contains("\r\nSEQUENCE:2\r\n")
                .contains("\r\nDTSTAMP:20261203T080000Z\r\n")
                .contains("\r\nDTSTART:20261105T023000Z\r\n")
                .contains("\r\nDTEND:20261105T043000Z\r\n")
                .contains("\r\nLOCATION:https://meet.example.go.id/a\r\n")
                .contains("\r\nORGANIZER:mailto:pemberitahuan@kotacerdas.test\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void without_a_location_there_is_no_location_line() {
        assertThat(IcsWriter.write(invite("Wawancara", ""))).doesNotContain("LOCATION");
        assertThat(IcsWriter.write(invite("Wawancara", null))).doesNotContain("LOCATION");
    }

    @Test
    void text_values_escape_backslashes_semicolons_commas_and_line_breaks() {
        assertThat(IcsWriter.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        assertThat(IcsWriter.write(invite("Wawancara; tahap II, Badung", null)))
                .contains("\r\nSUMMARY:Wawancara\\; tahap II\\, Badung\r\n");
    }

    @Test
    void long_lines_fold_at_75_octets_without_splitting_a_character() {
        String summary = "Wawancara Kota Cerdas – Kabupaten Badung – ".repeat(5) + "ñ€𝄞".repeat(10);
        String ics = IcsWriter.write(invite(summary, null));

        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("\r\nSUMMARY:" + summary + "\r\n");
        assertThat(ics).doesNotContain("\uFFFD");
    }
}
