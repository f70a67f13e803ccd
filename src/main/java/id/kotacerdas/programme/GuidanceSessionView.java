package id.kotacerdas.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A guidance session (bimtek) with the regions that attended (a region's operator sees its own region's attendance
 * only) and its materials.
 */
public record GuidanceSessionView(
        long id,
        LocalDate heldOn,
        String topic,
        String place,
        boolean online,
        String facilitator,
        List<Region> regions,
        List<GuidanceMaterial> materials,
        String recordedBy,
        OffsetDateTime recordedAt) {

    /** A region's attendance: names and positions (one a line) or null, the headcount given or null, and the count. */
    public record Region(String regionCode, String regionName, String attendees, Integer headcount, int count) {

        public List<String> attendeeLines() {
            return attendees == null
                    ? List.of()
                    : attendees.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    GuidanceSessionView with(List<Region> shown, List<GuidanceMaterial> files) {
        return new GuidanceSessionView(
                id, heldOn, topic, place, online, facilitator, shown, files, recordedBy, recordedAt);
    }
}
