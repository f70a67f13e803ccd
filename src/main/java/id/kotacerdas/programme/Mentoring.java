package id.kotacerdas.programme;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** A mentor's own work: the regions they mentor today, each with its cohort and milestones, and their sessions. */
@Service
public class Mentoring {

    /** A region the caller mentors in a cohort. */
    public record MentoredRegion(
            CohortRegion cohort, String regionName, MentorAssignment assignment, RegionMilestones milestones) {}

    private final MentorRepository mentors;
    private final CohortRegions cohorts;
    private final Milestones milestones;
    private final RegionApi regions;
    private final Clock clock;

    Mentoring(MentorRepository mentors, CohortRegions cohorts, Milestones milestones, RegionApi regions, Clock clock) {
        this.mentors = mentors;
        this.cohorts = cohorts;
        this.milestones = milestones;
        this.regions = regions;
        this.clock = clock;
    }

    /** The regions the caller mentors today (none for anyone but a mentoring assessor), by region code. */
    public List<MentoredRegion> regions(Actor actor) {
        if (!actor.isAssessor()) {
            return List.of();
        }
        return mentors.activeOf(actor.username(), LocalDate.now(clock)).stream()
                .map(m -> new MentoredRegion(
                        cohorts.require(m.selectionId(), m.regionCode()),
                        regions.get(m.regionCode()).name(),
                        m,
                        milestones.progress(m.selectionId(), m.regionCode())))
                .toList();
    }
}
