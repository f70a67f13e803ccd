package id.kotacerdas.security;

import id.kotacerdas.shared.domain.Forbidden;
import org.springframework.stereotype.Service;

/**
 * Who may see and change which region's data: administrators every region; an operator only the one
 * region their account is bound to; an assessor the regions whose panel they sit on in that period.
 * The caller is an {@link Actor} resolved once per request; only an assessor's panel seat is looked up. Every
 * refusal is recorded in the audit trail ({@code ACCESS_DENIED}).
 */
@Service
public class RegionAccess {

    private final UserRepository users;
    private final AssessorAssignments assignments;
    private final MentorAssignments mentors;
    private final SecurityEvents events;

    RegionAccess(
            UserRepository users, AssessorAssignments assignments, MentorAssignments mentors, SecurityEvents events) {
        this.users = users;
        this.assignments = assignments;
        this.mentors = mentors;
        this.events = events;
    }

    /** The caller behind a signed-in username; refused when the account is unknown or disabled. */
    public Actor actor(String username) {
        return users.find(username)
                .map(UserRepository.StoredUser::account)
                .filter(UserAccount::enabled)
                .map(Actor::of)
                .orElseThrow(() -> new Forbidden(
                        "security.forbidden", username + " has no enabled account", String.valueOf(username)));
    }

    /** Ministry staff only. */
    public void ensureAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            events.accessDenied(actor.username(), "administrator only");
            throw new Forbidden("security.forbidden", actor.username() + " is not an administrator");
        }
    }

    /** The region's own operator, to change its self-assessment. */
    public void ensureOperatorOf(Actor actor, String region) {
        if (!actor.isOperatorOf(region)) {
            throw refused(actor, region);
        }
    }

    /** An administrator or the region's own operator. */
    public void ensureAdminOrOperatorOf(Actor actor, String region) {
        if (!actor.isAdminOrOperatorOf(region)) {
            throw refused(actor, region);
        }
    }

    /** An assessor who currently mentors the region in the programme (pendamping). */
    public boolean isMentorOf(Actor actor, String region) {
        return actor.isAssessor() && region != null && mentors.isMentor(actor.username(), region);
    }

    /** An administrator or the region's mentor: they record its guidance. */
    public void ensureAdminOrMentorOf(Actor actor, String region) {
        if (!actor.isAdmin() && !isMentorOf(actor, region)) {
            throw refused(actor, region);
        }
    }

    /** An administrator, the region's own operator, or its mentor: they read its programme and field evaluations. */
    public void ensureAdminOperatorOrMentorOf(Actor actor, String region) {
        if (!actor.isAdminOrOperatorOf(region) && !isMentorOf(actor, region)) {
            throw refused(actor, region);
        }
    }

    /** An administrator, the region's own operator, or an assessor on the region's panel that period. */
    public void ensureCanRead(Actor actor, int year, String region) {
        boolean allowed = switch (actor.role()) {
            case ADMIN -> true;
            case OPERATOR -> actor.isOperatorOf(region);
            case ASSESSOR -> assignments.isAssigned(actor.username(), year, region);
            case ENUMERATOR -> false;
        };
        if (!allowed) {
            throw refused(actor, region);
        }
    }

    /**
     * The region's operator or one of its enumerators, to enter survey responses collected on paper or at a
     * service counter (administrators do not: an entry is the region's own act).
     */
    public void ensureCanEnterSurvey(Actor actor, String region) {
        if (!actor.isOperatorOf(region) && !actor.isEnumeratorOf(region)) {
            throw refused(actor, region);
        }
    }

    /** An assessor on the region's panel that period, to score it. */
    public void ensureAssessorOf(Actor actor, int year, String region) {
        if (!actor.isAssessor() || !assignments.isAssigned(actor.username(), year, region)) {
            throw refused(actor, region);
        }
    }

    /**
     * Refuses (and records, as every refusal here) a caller that another module's own rule keeps away from a
     * region's data: e.g. an assessor who does not review the region's masterplan (programme).
     */
    public void ensureAllowed(boolean allowed, Actor actor, String region) {
        if (!allowed) {
            throw refused(actor, region);
        }
    }

    /** The refusal, recorded in the audit trail. */
    private Forbidden refused(Actor actor, String region) {
        events.accessDenied(actor.username(), "region " + region);
        return new Forbidden(
                "region.forbidden",
                actor.username() + " (" + actor.role() + ") may not see or change region " + region,
                String.valueOf(region));
    }
}
