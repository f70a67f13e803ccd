package id.kotacerdas.programme;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.NotFound;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in a region's masterplan review: administrators everything; the region's operator its
 * own region's documents and (once published) its result; an assessor only the regions whose masterplan they are
 * assigned to review. Refusals are recorded by {@link RegionAccess}. The access is checked before the cohort is
 * looked up, so a caller kept away learns nothing of it.
 */
@Component
class ReviewAccess {

    private final RegionAccess access;
    private final MasterplanReviewRepository repository;
    private final SelectionRepository selections;

    ReviewAccess(RegionAccess access, MasterplanReviewRepository repository, SelectionRepository selections) {
        this.access = access;
        this.repository = repository;
        this.selections = selections;
    }

    void ensureAdmin(Actor actor) {
        access.ensureAdmin(actor);
    }

    /** An administrator or the region's own operator. */
    void ensureAdminOrOperator(Actor actor, String region) {
        access.ensureAdminOrOperatorOf(actor, region);
    }

    /** An administrator, the region's own operator, or an assessor assigned to review the region's masterplan. */
    void ensureCanSee(Actor actor, long selection, String region) {
        access.ensureAllowed(actor.isAdminOrOperatorOf(region) || reviews(actor, selection, region), actor, region);
    }

    /** An assessor assigned to review the region's masterplan (administrators do not score). */
    void ensureReviewer(Actor actor, long selection, String region) {
        access.ensureAllowed(reviews(actor, selection, region), actor, region);
    }

    boolean reviews(Actor actor, long selection, String region) {
        return actor.isAssessor() && repository.isReviewer(selection, region, actor.username());
    }

    /**
     * The confirmed selection, once the region is in its cohort: 404 selection.notFound, 409 selection.notConfirmed,
     * 404 selection.notSelected.
     */
    StoredSelection cohortRegion(long selection, String region) {
        StoredSelection s = confirmed(selection);
        if (!repository.selected(selection, region)) {
            throw new NotFound(
                    "selection.notSelected", region + " is not in the cohort of selection " + selection, region);
        }
        return s;
    }

    /** The selection, once confirmed: 404 selection.notFound, 409 selection.notConfirmed. */
    StoredSelection confirmed(long selection) {
        StoredSelection s = selections.find(selection).orElseThrow(() -> Selections.notFound(selection));
        if (!s.confirmed()) {
            throw new Conflict(
                    "selection.notConfirmed", "Selection " + selection + " is not confirmed: it has no cohort yet");
        }
        return s;
    }
}
