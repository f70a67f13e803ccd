package id.kotacerdas.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/** A region's interview session: when, where (meeting link), whether it was held and who attended. */
public record InterviewView(
        int year,
        String regionCode,
        OffsetDateTime scheduledAt,
        String meetingLink,
        boolean held,
        Boolean regionAttended,
        List<String> assessorsPresent) {

    /** The session without the names of the assessors who attended (for the region before publication). */
    public InterviewView withoutAssessors() {
        return new InterviewView(year, regionCode, scheduledAt, meetingLink, held, regionAttended, List.of());
    }
}
