package id.kotacerdas.monitoring;

import static id.kotacerdas.monitoring.FieldEvaluationAuditText.subject;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.FieldEvaluationView.FieldFollowUp;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups a held field evaluation asks of the region's agencies: the ministry adds them, the region's
 * operator (or the ministry) updates their status. Every change is audited.
 */
@Service
public class FieldEvaluationFollowUps {

    private final FieldEvaluations evaluations;
    private final FieldEvaluationRepository repository;
    private final FieldFollowUpRepository followUps;
    private final RegionAccess access;
    private final AuditTrail audit;

    FieldEvaluationFollowUps(
            FieldEvaluations evaluations,
            FieldEvaluationRepository repository,
            FieldFollowUpRepository followUps,
            RegionAccess access,
            AuditTrail audit) {
        this.evaluations = evaluations;
        this.repository = repository;
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
    }

    /** A follow-up asked of one of the region's agencies (ADMIN), once the evaluation is held; numbered 1, 2, ... */
    @Transactional
    public FieldFollowUp add(
            String region, int year, int semester, String action, String agency, LocalDate dueOn, Actor actor) {
        access.ensureAdmin(actor);
        FieldEvaluationView evaluation = evaluations.find(region, year, semester);
        if (evaluation.status() != FieldEvaluationStatus.HELD) {
            throw new Conflict("fieldEvaluation.followUp.notHeld", "Follow-ups come from a held evaluation's findings");
        }
        String what = FieldEvaluationRules.text(action, "action", FieldEvaluationRules.ACTION_LENGTH);
        String who = FieldEvaluationRules.text(agency, "agency", FieldEvaluationRules.NAME_LENGTH);
        LocalDate due = FieldEvaluationRules.due(dueOn, evaluation.heldOn());
        repository.lock(region, year, semester); // numbered one after another, whoever adds at the same time
        int no = followUps.add(evaluation.id(), what, who, due, actor.username());
        audit.record(AuditEvent.by(actor.username(), "FIELD_EVALUATION_FOLLOW_UP_ADDED")
                .inRegion(region)
                .about(subject(year, semester) + " follow-up " + no)
                .to(who + ": " + what + " (due " + due + ")"));
        return followUp(region, year, semester, no);
    }

    /** A follow-up's status and note: an administrator or the region's operator. */
    @Transactional
    public FieldFollowUp update(
            String region, int year, int semester, int no, String status, String note, Actor actor) {
        access.ensureAdminOrOperatorOf(actor, region);
        FieldEvaluationView evaluation = evaluations.find(region, year, semester);
        FollowUp parsed = MasterplanRules.parse(FollowUp.class, status, "status", false);
        String written = FieldEvaluationRules.optional(note, "note", FieldEvaluationRules.NOTE_LENGTH);
        FollowUp before = followUps
                .update(evaluation.id(), no, parsed, written, actor.username())
                .orElseThrow(() -> new NotFound(
                        "fieldEvaluation.followUp.notFound", "No follow-up " + no + " in the evaluation", no));
        audit.record(AuditEvent.by(actor.username(), "FIELD_EVALUATION_FOLLOW_UP_UPDATED")
                .inRegion(region)
                .about(subject(year, semester) + " follow-up " + no)
                .from(before.name())
                .to(parsed + (written == null ? "" : ": " + written)));
        return followUp(region, year, semester, no);
    }

    private FieldFollowUp followUp(String region, int year, int semester, int no) {
        return evaluations.find(region, year, semester).followUps().stream()
                .filter(f -> f.no() == no)
                .findFirst()
                .orElseThrow();
    }
}
