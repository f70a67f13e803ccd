package id.kotacerdas.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a {@link CalendarInvite} as an iCalendar object (RFC 5545): CRLF line ends, times in UTC, text values
 * escaped (backslash, semicolon, comma, line breaks) and lines folded at 75 octets of UTF-8 without splitting a
 * character.
 */
public final class IcsWriter {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsWriter() {}

    public static String write(CalendarInvite invite) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kota Cerdas//Notices//ID");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:REQUEST");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(invite.uid()));
        line(ics, "SEQUENCE:" + invite.sequence());
        line(ics, "DTSTAMP:" + time(invite.stamp()));
        line(ics, "DTSTART:" + time(invite.start()));
        line(ics, "DTEND:" + time(invite.start().plus(invite.length())));
        line(ics, "SUMMARY:" + text(invite.summary()));
        if (invite.description() != null && !invite.description().isBlank()) {
            line(ics, "DESCRIPTION:" + text(invite.description()));
        }
        if (invite.location() != null && !invite.location().isBlank()) {
            line(ics, "LOCATION:" + text(invite.location()));
        }
        if (invite.organizer() != null) {
            line(ics, "ORGANIZER:mailto:" + invite.organizer());
        }
        if (invite.attendee() != null) {
            line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + invite.attendee());
        }
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value escaped as RFC 5545 3.3.11 asks. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    private static String time(Instant t) {
        return UTC.format(t);
    }

    /** Appends a content line folded at 75 octets: each continuation starts with one space (RFC 5545 3.1). */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(CRLF).append(' ');
                octets = 1;
                limit = MAX_OCTETS;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }
}
