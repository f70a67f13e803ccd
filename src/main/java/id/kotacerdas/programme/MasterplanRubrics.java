package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.domain.Rubric;
import id.kotacerdas.programme.domain.RubricCriterion;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rubric a cohort's masterplans are scored on (ADMIN; docs/method.md, section 8.6): seeded with the default
 * rubric when the cohort is confirmed, changed by an administrator until the first score of any of the cohort's
 * regions is saved (then 409 review.rubric.frozen).
 */
@Service
public class MasterplanRubrics {

    private final MasterplanReviewRepository repository;
    private final SelectionRepository selections;
    private final ReviewAccess access;
    private final AuditTrail audit;

    MasterplanRubrics(
            MasterplanReviewRepository repository,
            SelectionRepository selections,
            ReviewAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.selections = selections;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public RubricView get(long selection, Actor actor) {
        access.ensureAdmin(actor);
        access.confirmed(selection);
        return view(selection, rubric(selection));
    }

    /**
     * Replaces the cohort's criteria. 400 review.rubric.*; 409 selection.notConfirmed, review.rubric.frozen once a
     * reviewer saved a score.
     */
    @Transactional
    public RubricView change(long selection, List<RubricCriterion> criteria, Actor actor) {
        access.ensureAdmin(actor);
        StoredSelection s = selections.lock(selection).orElseThrow(() -> Selections.notFound(selection));
        access.confirmed(selection);
        Rubric sent = Rubric.of(criteria);
        if (repository.hasScores(selection)) {
            throw new Conflict(
                    "review.rubric.frozen",
                    "A reviewer has scored a masterplan of this cohort: its rubric no longer changes",
                    s.name());
        }
        Rubric before = rubric(selection);
        repository.replaceRubric(selection, sent);
        audit.record(AuditEvent.by(actor.username(), "MASTERPLAN_RUBRIC_CHANGED")
                .inPeriod(s.year())
                .about("selection " + selection + ": " + s.name())
                .from(describe(before))
                .to(describe(sent)));
        return view(selection, sent);
    }

    /**
     * Gives a confirmed cohort without a rubric the default one: at its confirmation (in that transaction), and
     * before a first score should a cohort have none (V48 gave one to every cohort confirmed before).
     */
    void seedDefault(long selection) {
        if (repository.criteria(selection).isEmpty()) {
            repository.seedRubric(selection, Rubric.standard());
        }
    }

    /** The cohort's rubric (the default one while none is stored). */
    Rubric rubric(long selection) {
        List<RubricCriterion> stored = repository.criteria(selection);
        return stored.isEmpty() ? Rubric.standard() : new Rubric(stored);
    }

    RubricView view(long selection, Rubric rubric) {
        return new RubricView(
                selection,
                rubric.criteria().stream()
                        .map(c -> new RubricView.Criterion(c.code(), c.name(), c.weight(), rubric.share(c)))
                        .toList(),
                rubric.totalWeight(),
                repository.hasScores(selection));
    }

    private static String describe(Rubric rubric) {
        return rubric.criteria().stream()
                .map(c -> c.code() + " " + c.weight().toPlainString())
                .collect(Collectors.joining(", "));
    }
}
