package id.kotacerdas.notification;

import java.util.LinkedHashMap;
import java.util.Map;

/** An iCalendar object read back as RFC 5545 says: lines unfolded, then each property by name (the last wins). */
final class Ics {

    private Ics() {}

    static Map<String, String> properties(String ics) {
        if (!ics.endsWith("\r\n")) {
            throw new AssertionError("content lines end with CRLF");
        }
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : unfolded.split("\r\n")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon);
            int semicolon = name.indexOf(';');
            properties.put(semicolon < 0 ? name : name.substring(0, semicolon), line.substring(colon + 1));
        }
        return properties;
    }

    /** A TEXT value unescaped. */
    static String text(String value) {
        return value.replace("\\n", "\n")
                .replace("\\,", ",")
                .replace("\\;", ";")
                .replace("\\\\", "\\");
    }
}
