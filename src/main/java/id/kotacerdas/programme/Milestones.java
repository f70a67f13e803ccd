package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.domain.Milestone;
import id.kotacerdas.programme.domain.MilestonePlan;
import id.kotacerdas.programme.domain.MilestoneProgress;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The masterplan-writing milestones of a cohort (the defaults until an administrator edits the list) and each
 * region's progress through them: the date each was reached, recorded by an administrator or the region's mentor
 * in that cohort with a note. Audited: {@code MILESTONES_CHANGED}, {@code MILESTONE_REACHED}, {@code
 * MILESTONE_CLEARED}.
 */
@Service
public class Milestones {

    static final int NOTE_LENGTH = 1000;

    private final MilestoneRepository repository;
    private final SelectionRepository selections;
    private final CohortRegions cohorts;
    private final GuidanceAccess access;
    private final AuditTrail audit;

    Milestones(
            MilestoneRepository repository,
            SelectionRepository selections,
            CohortRegions cohorts,
            GuidanceAccess access,
            AuditTrail audit) {
        this.repository = repository;
        this.selections = selections;
        this.cohorts = cohorts;
        this.access = access;
        this.audit = audit;
    }

    /** The cohort's milestones in order (ADMIN). */
    public List<Milestone> list(long selection, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        selections.find(selection).orElseThrow(() -> Selections.notFound(selection));
        return of(selection);
    }

    /**
     * Replaces the cohort's list (ADMIN); 409 milestone.reached when it would drop a milestone a region reached
     * (rename it instead).
     */
    @Transactional
    public List<Milestone> change(long selection, List<MilestonePlan.Draft> drafts, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        StoredSelection s = selections.lock(selection).orElseThrow(() -> Selections.notFound(selection));
        List<Milestone> wanted = MilestonePlan.check(drafts);
        int highest = repository.highestReached(selection);
        if (highest > wanted.size()) {
            throw new Conflict(
                    "milestone.reached",
                    "Milestone " + highest + " is reached by a region: the list keeps at least " + highest,
                    highest);
        }
        List<Milestone> before = of(selection);
        repository.replace(selection, wanted);
        audit.record(AuditEvent.by(actor.username(), "MILESTONES_CHANGED")
                .inPeriod(s.year())
                .about("selection " + selection + ": " + s.name())
                .from(names(before))
                .to(names(wanted)));
        return wanted;
    }

    /**
     * Records the date the region reached milestone {@code no} (null clears it): an administrator or the region's
     * mentor in the cohort. 404 milestone.notFound; 400 milestone.reachedOn, milestone.note.
     */
    @Transactional
    public RegionMilestones reach(
            long selection, String region, int no, LocalDate reachedOn, String note, Actor actor) {
        access.ensureCanGuide(actor, selection, region);
        CohortRegion cohort = cohorts.require(selection, region);
        Milestone milestone = of(selection).stream()
                .filter(m -> m.no() == no)
                .findFirst()
                .orElseThrow(() -> new NotFound("milestone.notFound", "No milestone " + no + " in the cohort", no));
        String written = note == null || note.isBlank() ? null : note.strip();
        if (written != null && written.length() > NOTE_LENGTH) {
            throw new InvalidInput("note", "milestone.note", "The note is longer than 1000 characters");
        }
        AuditEvent event = AuditEvent.by(
                        actor.username(), reachedOn == null ? "MILESTONE_CLEARED" : "MILESTONE_REACHED")
                .in(cohort.year(), region)
                .about(AssignMentors.about(cohort) + ", milestone " + no + ": " + milestone.name());
        if (reachedOn == null) {
            repository.clear(selection, region, no);
            audit.record(event);
        } else {
            if (reachedOn.getYear() < 2000 || reachedOn.getYear() > 2100) {
                throw new InvalidInput("reachedOn", "milestone.reachedOn", "Not a date the programme knows");
            }
            repository.save(selection, region, no, reachedOn, written, actor.username());
            audit.record(event.to(reachedOn + (written == null ? "" : ": " + written)));
        }
        return progress(selection, region);
    }

    /** The region's milestones and progress in the cohort (access checked by the caller). */
    RegionMilestones progress(long selection, String region) {
        return lines(selection, region, of(selection), repository.reached(selection, region));
    }

    /** Every region of the cohort with its progress, by region code (ADMIN). */
    public List<RegionMilestones> table(long selection, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        List<Milestone> milestones = of(selection);
        Map<String, List<MilestoneRepository.Reached>> reached = repository.reached(selection, null).stream()
                .collect(Collectors.groupingBy(MilestoneRepository.Reached::regionCode));
        return cohorts.ofSelection(selection).stream()
                .map(c -> lines(selection, c.regionCode(), milestones, reached.getOrDefault(c.regionCode(), List.of())))
                .toList();
    }

    List<Milestone> of(long selection) {
        List<Milestone> stored = repository.stored(selection);
        return stored.isEmpty() ? MilestonePlan.defaults() : stored;
    }

    private RegionMilestones lines(
            long selection, String region, List<Milestone> milestones, List<MilestoneRepository.Reached> reached) {
        Map<Integer, MilestoneRepository.Reached> byNo =
                reached.stream().collect(Collectors.toMap(MilestoneRepository.Reached::no, Function.identity()));
        List<RegionMilestones.Line> lines = milestones.stream()
                .map(m -> {
                    MilestoneRepository.Reached r = byNo.get(m.no());
                    return r == null
                            ? new RegionMilestones.Line(m, null, null, null, null)
                            : new RegionMilestones.Line(m, r.reachedOn(), r.note(), r.recordedBy(), r.recordedAt());
                })
                .toList();
        Map<Integer, LocalDate> dates = byNo.values().stream()
                .collect(Collectors.toMap(MilestoneRepository.Reached::no, MilestoneRepository.Reached::reachedOn));
        return new RegionMilestones(selection, region, lines, MilestoneProgress.of(milestones, dates, access.today()));
    }

    private static String names(List<Milestone> milestones) {
        return milestones.stream()
                .map(m -> m.no() + ". " + m.name() + (m.dueOn() == null ? "" : " (" + m.dueOn() + ")"))
                .collect(Collectors.joining("; "));
    }
}
