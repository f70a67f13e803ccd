package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationRules;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The ministry's field evaluations (tinjauan lapangan) of a region's masterplan, one per region, year and semester
 * (1: June, 2: November), as they are read: a region's by administrators and the region's operator, every region's
 * by administrators. They are planned with {@link PlanFieldEvaluation}, changed and recorded once held with {@link
 * ChangeFieldEvaluation}; their follow-ups are {@link FieldEvaluationFollowUps}, their photos {@link
 * FieldEvaluationPhotos}.
 */
@Service
public class FieldEvaluations {

    private final FieldEvaluationRepository repository;
    private final NationalFieldEvaluationRepository national;
    private final RegionApi regions;
    private final RegionAccess access;
    private final Clock clock;

    FieldEvaluations(
            FieldEvaluationRepository repository,
            NationalFieldEvaluationRepository national,
            RegionApi regions,
            RegionAccess access,
            Clock clock) {
        this.repository = repository;
        this.national = national;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The region's evaluations, oldest first (of one year when given): administrators, the region's operator and its
     * mentor in the programme.
     */
    public List<FieldEvaluationView> ofRegion(String region, Integer year, Actor actor) {
        access.ensureAdminOperatorOrMentorOf(actor, region);
        RegionView place = regions.get(region);
        return repository.ofRegion(region, place.name(), year);
    }

    /** One evaluation: administrators, the region's operator and its mentor; 404 when the semester has none. */
    public FieldEvaluationView get(String region, int year, int semester, Actor actor) {
        access.ensureAdminOperatorOrMentorOf(actor, region);
        FieldEvaluationRules.semester(semester);
        return find(region, year, semester);
    }

    /** Every region's evaluations of the year, counted per semester (ADMIN). */
    public NationalFieldEvaluations national(int year, Actor actor) {
        access.ensureAdmin(actor);
        Map<String, String> names =
                regions.all().stream().collect(Collectors.toMap(RegionView::code, RegionView::name));
        return NationalFieldEvaluations.of(year, national.lines(year, LocalDate.now(clock), names));
    }

    /** The evaluation, whoever asks (the caller has checked access); 404 when the semester has none. */
    FieldEvaluationView find(String region, int year, int semester) {
        RegionView place = regions.get(region);
        return repository
                .find(region, place.name(), year, semester)
                .orElseThrow(() -> new NotFound(
                        "fieldEvaluation.notFound",
                        "No field evaluation of " + region + " " + year + " S" + semester,
                        year,
                        semester));
    }
}
