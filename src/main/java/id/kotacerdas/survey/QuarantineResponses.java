package id.kotacerdas.survey;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets a region's suspicious responses aside, chosen by address group, time range, identical
 * answers, source or ids, with a reason: they leave the scores and the quota at once (the region's tallies are
 * recounted) and stay stored. Releasing the decision brings them back. Both are audited.
 */
@Service
public class QuarantineResponses {

    static final int MAX_REASON = 500;

    /** The decision made: its id and how many responses it took. */
    public record Decision(long id, int responses) {}

    private final SurveyIntegrityRepository repository;
    private final SurveyTallies tallies;
    private final SurveyForms forms;
    private final RegionAccess access;
    private final AuditTrail audit;

    QuarantineResponses(
            SurveyIntegrityRepository repository,
            SurveyTallies tallies,
            SurveyForms forms,
            RegionAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.tallies = tallies;
        this.forms = forms;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Decision quarantine(int year, String region, QuarantineFilter filter, String reason, Actor actor) {
        access.ensureAdmin(actor);
        forms.of(year);
        String why = reason(reason);
        if (filter.empty()) {
            throw new InvalidInput(
                    "filter",
                    "survey.quarantine.noFilter",
                    "Choose the responses: address group, time, answers or ids");
        }
        long id;
        try {
            id = repository.createQuarantine(year, region, why, actor.username());
        } catch (DataIntegrityViolationException e) {
            throw new NotFound("survey.notParticipant", region + " does not take part in " + year, region);
        }
        int taken = repository.quarantine(id, year, region, filter);
        if (taken == 0) {
            repository.deleteQuarantine(id);
            throw new Conflict("survey.quarantine.nothing", "No response of the region matches, or all are set aside");
        }
        tallies.recount(year, region);
        audit.record(AuditEvent.by(actor.username(), "SURVEY_RESPONSES_QUARANTINED")
                .in(year, region)
                .about("quarantine " + id + ": " + why)
                .to(taken + " responses"));
        return new Decision(id, taken);
    }

    @Transactional
    public void release(int year, String region, long id, String reason, Actor actor) {
        access.ensureAdmin(actor);
        String why = reason(reason);
        if (!repository.release(id, year, region, actor.username(), why)) {
            throw new NotFound("survey.quarantine.notFound", "No active quarantine " + id + " of " + region, id);
        }
        tallies.recount(year, region);
        audit.record(AuditEvent.by(actor.username(), "SURVEY_QUARANTINE_RELEASED")
                .in(year, region)
                .about("quarantine " + id + ": " + why));
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidInput(
                    "reason", "survey.quarantine.reason.invalid", "A reason of 1 to 500 characters", MAX_REASON);
        }
        return why;
    }
}
