package id.kotacerdas.monitoring;

import static id.kotacerdas.monitoring.FieldEvaluationAuditText.subject;
import static id.kotacerdas.monitoring.FieldEvaluationAuditText.summary;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry changes a field evaluation as a whole: its plan, or its record once held (recording a planned one
 * as held is such a change). A held evaluation stays held.
 */
@Service
public class ChangeFieldEvaluation {

    private final FieldEvaluationRepository repository;
    private final FieldEvaluations evaluations;
    private final FieldEvaluationChecks checks;
    private final RegionAccess access;
    private final AuditTrail audit;

    ChangeFieldEvaluation(
            FieldEvaluationRepository repository,
            FieldEvaluations evaluations,
            FieldEvaluationChecks checks,
            RegionAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.checks = checks;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Changes the evaluation (ADMIN; audited): {@code FIELD_EVALUATION_RECORDED} when a planned one becomes held,
     * else {@code FIELD_EVALUATION_CHANGED}, with every field before and after.
     *
     * @param version the version the change was made from; null to change whatever is stored
     */
    @Transactional
    public FieldEvaluationView change(
            String region, int year, int semester, FieldEvaluationInput input, Integer version, Actor actor) {
        access.ensureAdmin(actor);
        FieldEvaluationView before = evaluations.find(region, year, semester);
        Checked checked = checks.check(year, input);
        if (before.status() == FieldEvaluationStatus.HELD && checked.heldOn() == null) {
            throw new Conflict(
                    "fieldEvaluation.held.stays",
                    "A held evaluation keeps its date held: correct it instead of clearing it",
                    before.heldOn().toString());
        }
        Long masterplan = checks.masterplan(region, year, input.masterplanId());
        if ((version != null && version != before.version())
                || !repository.update(
                        before.id(),
                        version == null ? before.version() : version,
                        masterplan,
                        checked,
                        actor.username())) {
            throw new Conflict(
                    "fieldEvaluation.stale", "Another change of the evaluation came first: reload it", region);
        }
        audit.record(AuditEvent.by(
                        actor.username(),
                        before.status() == FieldEvaluationStatus.PLANNED
                                        && checked.status() == FieldEvaluationStatus.HELD
                                ? "FIELD_EVALUATION_RECORDED"
                                : "FIELD_EVALUATION_CHANGED")
                .inRegion(region)
                .about(subject(year, semester))
                .from(summary(before))
                .to(summary(masterplan, checked)));
        return evaluations.find(region, year, semester);
    }
}
