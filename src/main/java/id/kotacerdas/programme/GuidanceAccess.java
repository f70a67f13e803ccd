package id.kotacerdas.programme;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Forbidden;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a region's guidance: administrators everything; the region's mentor records its sessions and
 * milestones (a milestone: the mentor in that cohort); the region's operator and its mentor read. Refusals go
 * through {@link RegionAccess}, which audits them.
 */
@Component
class GuidanceAccess {

    private final RegionAccess access;
    private final MentorRepository mentors;
    private final Clock clock;

    GuidanceAccess(RegionAccess access, MentorRepository mentors, Clock clock) {
        this.access = access;
        this.mentors = mentors;
        this.clock = clock;
    }

    void ensureCanRead(Actor actor, String region) {
        access.ensureAdminOperatorOrMentorOf(actor, region);
    }

    boolean canRead(Actor actor, String region) {
        return actor.isAdminOrOperatorOf(region) || access.isMentorOf(actor, region);
    }

    /** An administrator or a mentor of the region. */
    void ensureCanGuide(Actor actor, String region) {
        access.ensureAdminOrMentorOf(actor, region);
    }

    boolean canGuide(Actor actor, String region) {
        return actor.isAdmin() || access.isMentorOf(actor, region);
    }

    /** An administrator or the region's mentor in this cohort. */
    void ensureCanGuide(Actor actor, long selection, String region) {
        access.ensureAdminOrMentorOf(actor, region);
        if (!actor.isAdmin() && !mentors.isMentor(actor.username(), selection, region, today())) {
            throw new Forbidden(
                    "region.forbidden",
                    actor.username() + " does not mentor " + region + " in selection " + selection,
                    region);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
