package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;

/**
 * Who of a region attended a guidance session: the attendees' names and positions (one a line), or only how many
 * (headcount), or both. A region listed without either is refused (guidance.attendance.missing).
 */
public record Attendance(String regionCode, String attendees, Integer headcount) {

    public static final int ATTENDEES_LENGTH = 4000;

    public static Attendance check(String regionCode, String attendees, Integer headcount) {
        if (regionCode == null || regionCode.isBlank()) {
            throw new InvalidInput("regions", "guidance.region.missing", "An attending region has no code");
        }
        String names = attendees == null || attendees.isBlank() ? null : attendees.strip();
        if (names != null && names.length() > ATTENDEES_LENGTH) {
            throw new InvalidInput(
                    "attendees", "guidance.attendees.tooLong", "The attendees are longer than 4000 characters");
        }
        if (headcount != null && (headcount < 0 || headcount > 10_000)) {
            throw new InvalidInput("headcount", "guidance.headcount", "The headcount lies between 0 and 10000");
        }
        if (names == null && headcount == null) {
            throw new InvalidInput(
                    "attendees",
                    "guidance.attendance.missing",
                    "Region " + regionCode + " needs its attendees or a headcount",
                    regionCode.strip());
        }
        return new Attendance(regionCode.strip(), names, headcount);
    }

    /** The headcount given, else the number of attendees' lines. */
    public int count() {
        if (headcount != null) {
            return headcount;
        }
        return (int) attendees.lines().filter(l -> !l.isBlank()).count();
    }
}
