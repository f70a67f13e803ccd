package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.domain.CohortDecision;
import id.kotacerdas.programme.domain.CohortOverride;
import id.kotacerdas.programme.domain.SelectionRanking;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator confirms a selection's cohort: the proposal, with overrides (include a candidate that was not
 * proposed, drop one that was), each with its reason. Every override and the confirmation are audited; from then
 * on the selection does not change (409 selection.confirmed) and its selected regions are the programme's
 * participants, each with an MoU recorded afterwards (number and date signed), and the cohort has the default
 * masterplan rubric ({@link MasterplanRubrics}).
 */
@Service
public class ConfirmCohort {

    static final int MOU_NUMBER_LENGTH = 200;

    private final SelectionRepository repository;
    private final Selections selections;
    private final MasterplanRubrics rubrics;
    private final AuditTrail audit;

    ConfirmCohort(SelectionRepository repository, Selections selections, MasterplanRubrics rubrics, AuditTrail audit) {
        this.repository = repository;
        this.selections = selections;
        this.rubrics = rubrics;
        this.audit = audit;
    }

    @Transactional
    public SelectionView confirm(long id, List<CohortOverride> overrides, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        StoredSelection s = Selections.open(repository.lock(id).orElseThrow(() -> Selections.notFound(id)));
        if (s.candidates() == 0) {
            throw new Conflict("selection.noCandidates", "Selection " + id + " has no candidates yet");
        }
        SelectionRanking ranking = selections.ranking(s);
        CohortDecision decision = CohortDecision.decide(ranking, overrides == null ? List.of() : overrides);
        repository.confirm(id, decision.selected(), decision.overrides(), actor.username());
        rubrics.seedDefault(id);
        for (CohortOverride o : decision.overrides()) {
            audit.record(AuditEvent.by(
                            actor.username(), "SELECTION_OVERRIDE_" + o.kind().name())
                    .in(s.year(), o.regionCode())
                    .about("selection " + id + ": " + s.name() + ": " + o.reason())
                    .from(o.kind() == CohortOverride.Kind.INCLUDE ? "not proposed" : "proposed")
                    .to(o.kind() == CohortOverride.Kind.INCLUDE ? "selected" : "not selected"));
        }
        audit.record(AuditEvent.by(actor.username(), "SELECTION_CONFIRMED")
                .inPeriod(s.year())
                .about("selection " + id + ": " + s.name())
                .from(ranking.proposed().size() + " proposed, quota " + s.quota())
                .to(decision.selected().size() + " selected ("
                        + decision.overrides().size() + " overrides): " + String.join(", ", decision.selected())));
        return selections.get(id, actor);
    }

    /**
     * Records (or corrects) a selected region's MoU. 409 selection.notConfirmed before the confirmation; 404
     * selection.notSelected for a region the cohort does not hold.
     */
    @Transactional
    public Mou recordMou(long id, String region, String number, LocalDate signedOn, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        StoredSelection s = repository.lock(id).orElseThrow(() -> Selections.notFound(id));
        if (!s.confirmed()) {
            throw new Conflict("selection.notConfirmed", "Selection " + id + " is not confirmed: it has no cohort yet");
        }
        String no = number == null ? "" : number.strip();
        if (no.isEmpty() || no.length() > MOU_NUMBER_LENGTH) {
            throw new InvalidInput(
                    "number", "selection.mou.number", "The MoU number is missing or longer than 200 characters");
        }
        if (signedOn == null || signedOn.getYear() < 2000 || signedOn.getYear() > 2100) {
            throw new InvalidInput("signedOn", "selection.mou.signedOn", "The date the MoU was signed is missing");
        }
        Mou before = repository.selected(id).stream()
                .filter(m -> m.regionCode().equals(region))
                .findFirst()
                .orElseThrow(() -> new NotFound(
                        "selection.notSelected", region + " is not in the cohort of selection " + id, region));
        repository.saveMou(id, region, no, signedOn, actor.username());
        audit.record(AuditEvent.by(actor.username(), "SELECTION_MOU_RECORDED")
                .in(s.year(), region)
                .about("selection " + id + ": " + s.name())
                .from(before.recorded() ? before.number() + " (" + before.signedOn() + ")" : null)
                .to(no + " (" + signedOn + ")"));
        return repository.selected(id).stream()
                .filter(m -> m.regionCode().equals(region))
                .findFirst()
                .orElseThrow();
    }
}
