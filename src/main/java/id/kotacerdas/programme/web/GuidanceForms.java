package id.kotacerdas.programme.web;

import id.kotacerdas.programme.GuidanceSessionInput;
import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/** The guidance forms as typed: dates, numbers, and a session with the attendance of each region offered. */
final class GuidanceForms {

    private GuidanceForms() {}

    /** A date typed as yyyy-mm-dd, or null when blank; an {@code InvalidInput} on the field otherwise. */
    static LocalDate date(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, key, "Not a date: " + text);
        }
    }

    static Integer number(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, key, "Not a whole number: " + text);
        }
    }

    /**
     * The session form: {@code heldOn}, {@code topic}, {@code place}, {@code online}, {@code facilitator}, and for
     * each region offered {@code attendees.<code>} and {@code headcount.<code>}; a region attends when either is
     * given.
     */
    static GuidanceSessionInput session(MultiValueMap<String, String> fields, List<String> offered) {
        List<GuidanceSessionInput.AttendanceInput> regions = new ArrayList<>();
        for (String code : offered) {
            String attendees = fields.getFirst("attendees." + code);
            Integer headcount = number(fields.getFirst("headcount." + code), "headcount", "guidance.headcount");
            if ((attendees != null && !attendees.isBlank()) || headcount != null) {
                regions.add(new GuidanceSessionInput.AttendanceInput(code, attendees, headcount));
            }
        }
        return new GuidanceSessionInput(
                date(fields.getFirst("heldOn"), "heldOn", "guidance.heldOn"),
                fields.getFirst("topic"),
                fields.getFirst("place"),
                "true".equals(fields.getFirst("online")),
                fields.getFirst("facilitator"),
                regions);
    }
}
