package id.kotacerdas.monitoring;

import static id.kotacerdas.monitoring.FieldEvaluationAuditText.subject;
import static id.kotacerdas.monitoring.FieldEvaluationAuditText.summary;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ministry plans a region's field evaluation of a semester, or records one already held. */
@Service
public class PlanFieldEvaluation {

    private final FieldEvaluationRepository repository;
    private final FieldEvaluations evaluations;
    private final FieldEvaluationChecks checks;
    private final RegionApi regions;
    private final RegionAccess access;
    private final AuditTrail audit;

    PlanFieldEvaluation(
            FieldEvaluationRepository repository,
            FieldEvaluations evaluations,
            FieldEvaluationChecks checks,
            RegionApi regions,
            RegionAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.checks = checks;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Plans an evaluation (no date held yet), or records one already held (ADMIN; audited); 409 when the semester
     * has one.
     */
    @Transactional
    public FieldEvaluationView plan(
            String region, Integer year, Integer semester, FieldEvaluationInput input, Actor actor) {
        access.ensureAdmin(actor);
        regions.get(region);
        int y = FieldEvaluationRules.year(year);
        int s = FieldEvaluationRules.semester(semester);
        Checked checked = checks.check(y, input);
        Long masterplan = checks.masterplan(region, y, input.masterplanId());
        repository.insert(region, y, s, masterplan, checked, actor.username());
        audit.record(AuditEvent.by(
                        actor.username(),
                        checked.status() == FieldEvaluationStatus.HELD
                                ? "FIELD_EVALUATION_RECORDED"
                                : "FIELD_EVALUATION_PLANNED")
                .inRegion(region)
                .about(subject(y, s))
                .to(summary(masterplan, checked)));
        return evaluations.find(region, y, s);
    }
}
