package id.kotacerdas.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A guidance session (bimtek) as recorded: when, the topic, where (a place, or online), who led it, and the regions
 * that attended with their attendance.
 */
public record GuidanceSessionInput(
        LocalDate heldOn,
        String topic,
        String place,
        Boolean online,
        String facilitator,
        List<AttendanceInput> regions) {

    /** A region's attendance as sent: the attendees' names and positions (one a line), or how many, or both. */
    public record AttendanceInput(String regionCode, String attendees, Integer headcount) {}
}
