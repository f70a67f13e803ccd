package id.kotacerdas.programme;

import id.kotacerdas.security.MentorAssignments;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Answers the security module who mentors which region (RegionAccess asks it for an assessor's access). */
@Component
class MentorDirectory implements MentorAssignments {

    private final MentorRepository mentors;
    private final Clock clock;

    MentorDirectory(MentorRepository mentors, Clock clock) {
        this.mentors = mentors;
        this.clock = clock;
    }

    @Override
    public boolean isMentor(String username, String regionCode) {
        return mentors.isMentor(username, regionCode, LocalDate.now(clock));
    }
}
