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
        List<String> assessorsPresent) {}
