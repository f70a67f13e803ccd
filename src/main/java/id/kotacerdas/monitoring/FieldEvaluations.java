package id.kotacerdas.monitoring;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.monitoring.FieldEvaluationView.FieldFollowUp;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules;
import id.kotacerdas.monitoring.domain.FieldEvaluationRules.Checked;
import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.monitoring.domain.MasterplanRules;
import id.kotacerdas.monitoring.domain.TeamMember;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's field evaluations (tinjauan lapangan) of a region's masterplan, one per region, year and semester
 * (1: June, 2: November): administrators plan them, record them once held (dates, team, stakeholders interviewed,
 * findings) and add the follow-ups they ask of the region's agencies; the region's operator reads its own and
 * updates the status of their follow-ups. Every change is audited.
 *
 * <p>Photos are not kept yet: an attachment store would check access with {@link #get} and key its files on the
 * evaluation's {@link FieldEvaluationView#id()}.
 */
@Service
public class FieldEvaluations {

    private final FieldEvaluationRepository repository;
    private final MasterplanRepository masterplans;
    private final RegionApi regions;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    FieldEvaluations(
            FieldEvaluationRepository repository,
            MasterplanRepository masterplans,
            RegionApi regions,
            RegionAccess access,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.masterplans = masterplans;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans an evaluation (no date held yet), or records one already held (ADMIN); 409 when the semester has one. */
    @Transactional
    public FieldEvaluationView create(
            String region, Integer year, Integer semester, FieldEvaluationInput input, Actor actor) {
        access.ensureAdmin(actor);
        RegionView place = regions.get(region);
        int y = FieldEvaluationRules.year(year);
        int s = FieldEvaluationRules.semester(semester);
        Checked checked = check(y, input);
        Long masterplan = masterplan(region, y, input.masterplanId());
        repository.insert(region, y, s, masterplan, checked, actor.username());
        audit.record(AuditEvent.by(
                        actor.username(),
                        checked.status() == FieldEvaluationStatus.HELD
                                ? "FIELD_EVALUATION_RECORDED"
                                : "FIELD_EVALUATION_PLANNED")
                .inRegion(region)
                .about(subject(y, s))
                .to(summary(masterplan, checked)));
        return repository.find(region, place.name(), y, s).orElseThrow();
    }

    /**
     * Changes an evaluation as a whole (ADMIN): its plan, or its record once held; a held evaluation stays held.
     *
     * @param version the version the change was made from; null to change whatever is stored
     */
    @Transactional
    public FieldEvaluationView change(
            String region, int year, int semester, FieldEvaluationInput input, Integer version, Actor actor) {
        access.ensureAdmin(actor);
        FieldEvaluationView before = find(region, year, semester);
        Checked checked = check(year, input);
        if (before.status() == FieldEvaluationStatus.HELD && checked.heldOn() == null) {
            throw new Conflict(
                    "fieldEvaluation.held.stays",
                    "A held evaluation keeps its date held: correct it instead of clearing it",
                    before.heldOn().toString());
        }
        Long masterplan = masterplan(region, year, input.masterplanId());
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
        return find(region, year, semester);
    }

    /** The region's evaluations, oldest first (of one year when given): administrators and the region's operator. */
    public List<FieldEvaluationView> ofRegion(String region, Integer year, Actor actor) {
        access.ensureAdminOrOperatorOf(actor, region);
        RegionView place = regions.get(region);
        return repository.ofRegion(region, place.name(), year);
    }

    /** One evaluation: administrators and the region's operator; 404 when the semester has none. */
    public FieldEvaluationView get(String region, int year, int semester, Actor actor) {
        access.ensureAdminOrOperatorOf(actor, region);
        FieldEvaluationRules.semester(semester);
        return find(region, year, semester);
    }

    /** A follow-up asked of one of the region's agencies (ADMIN), once the evaluation is held; numbered 1, 2, ... */
    @Transactional
    public FieldFollowUp addFollowUp(
            String region, int year, int semester, String action, String agency, LocalDate dueOn, Actor actor) {
        access.ensureAdmin(actor);
        FieldEvaluationView evaluation = find(region, year, semester);
        if (evaluation.status() != FieldEvaluationStatus.HELD) {
            throw new Conflict("fieldEvaluation.followUp.notHeld", "Follow-ups come from a held evaluation's findings");
        }
        String what = FieldEvaluationRules.text(action, "action", FieldEvaluationRules.ACTION_LENGTH);
        String who = FieldEvaluationRules.text(agency, "agency", FieldEvaluationRules.NAME_LENGTH);
        LocalDate due = FieldEvaluationRules.due(dueOn, evaluation.heldOn());
        repository.lock(region, year, semester); // numbered one after another, whoever adds at the same time
        int no = repository.addFollowUp(evaluation.id(), what, who, due, actor.username());
        audit.record(AuditEvent.by(actor.username(), "FIELD_EVALUATION_FOLLOW_UP_ADDED")
                .inRegion(region)
                .about(subject(year, semester) + " follow-up " + no)
                .to(who + ": " + what + " (due " + due + ")"));
        return followUp(region, year, semester, no);
    }

    /** A follow-up's status and note: an administrator or the region's operator. */
    @Transactional
    public FieldFollowUp updateFollowUp(
            String region, int year, int semester, int no, String status, String note, Actor actor) {
        access.ensureAdminOrOperatorOf(actor, region);
        FieldEvaluationView evaluation = find(region, year, semester);
        FollowUp parsed = MasterplanRules.parse(FollowUp.class, status, "status", false);
        String written = FieldEvaluationRules.optional(note, "note", FieldEvaluationRules.NOTE_LENGTH);
        FollowUp before = repository
                .updateFollowUp(evaluation.id(), no, parsed, written, actor.username())
                .orElseThrow(() -> new NotFound(
                        "fieldEvaluation.followUp.notFound", "No follow-up " + no + " in the evaluation", no));
        audit.record(AuditEvent.by(actor.username(), "FIELD_EVALUATION_FOLLOW_UP_UPDATED")
                .inRegion(region)
                .about(subject(year, semester) + " follow-up " + no)
                .from(before.name())
                .to(parsed + (written == null ? "" : ": " + written)));
        return followUp(region, year, semester, no);
    }

    /** Every region's evaluations of the year, counted per semester (ADMIN). */
    public NationalFieldEvaluations national(int year, Actor actor) {
        access.ensureAdmin(actor);
        Map<String, String> names =
                regions.all().stream().collect(Collectors.toMap(RegionView::code, RegionView::name));
        List<NationalFieldEvaluations.Line> lines = repository.national(year, LocalDate.now(clock), names);
        List<NationalFieldEvaluations.Semester> semesters = List.of(1, 2).stream()
                .map(s -> {
                    List<NationalFieldEvaluations.Line> of =
                            lines.stream().filter(l -> l.semester() == s).toList();
                    return new NationalFieldEvaluations.Semester(
                            s,
                            of.size(),
                            (int) of.stream()
                                    .filter(l -> l.status() == FieldEvaluationStatus.HELD)
                                    .count(),
                            of.stream()
                                    .mapToInt(NationalFieldEvaluations.Line::openFollowUps)
                                    .sum(),
                            of.stream()
                                    .mapToInt(NationalFieldEvaluations.Line::overdueFollowUps)
                                    .sum());
                })
                .toList();
        return new NationalFieldEvaluations(year, semesters, lines);
    }

    private Checked check(int year, FieldEvaluationInput input) {
        return FieldEvaluationRules.check(
                year,
                input.plannedOn(),
                input.heldOn(),
                input.heldUntil(),
                input.place(),
                input.team(),
                input.stakeholders(),
                input.notes(),
                LocalDate.now(clock));
    }

    /** The named masterplan, when it is the region's and covers the year. */
    private Long masterplan(String region, int year, Long id) {
        if (id == null) {
            return null;
        }
        MasterplanView plan = masterplans
                .find(id)
                .filter(p -> p.regionCode().equals(region))
                .orElseThrow(() -> new InvalidInput(
                        "masterplanId", "fieldEvaluation.masterplan.notRegions", "Not the region's masterplan", id));
        if (year < plan.startYear() || year > plan.endYear()) {
            throw new InvalidInput(
                    "masterplanId",
                    "fieldEvaluation.masterplan.outsideYears",
                    "The masterplan does not cover the year",
                    plan.title(),
                    year);
        }
        return id;
    }

    private FieldEvaluationView find(String region, int year, int semester) {
        RegionView place = regions.get(region);
        return repository
                .find(region, place.name(), year, semester)
                .orElseThrow(() -> new NotFound(
                        "fieldEvaluation.notFound",
                        "No field evaluation of " + region + " " + year + " S" + semester,
                        year,
                        semester));
    }

    private FieldFollowUp followUp(String region, int year, int semester, int no) {
        return find(region, year, semester).followUps().stream()
                .filter(f -> f.no() == no)
                .findFirst()
                .orElseThrow();
    }

    private static String subject(int year, int semester) {
        return "field evaluation " + year + " S" + semester;
    }

    private static String summary(FieldEvaluationView v) {
        return summary(
                v.masterplanId(),
                new Checked(
                        v.plannedOn(), v.heldOn(), v.heldUntil(), v.place(), v.team(), v.stakeholders(), v.notes()));
    }

    /** The evaluation as the audit trail keeps it: every field, in one line of text. */
    private static String summary(Long masterplan, Checked c) {
        Function<TeamMember, String> member = m -> {
            String about = Stream.of(m.affiliation(), m.role())
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return about.isEmpty() ? m.name() : m.name() + " (" + about + ")";
        };
        return "planned " + c.plannedOn()
                + (c.heldOn() == null
                        ? ""
                        : "; held " + c.heldOn() + (c.heldUntil() == null ? "" : "/" + c.heldUntil()))
                + (masterplan == null ? "" : "; masterplan " + masterplan)
                + (c.place() == null ? "" : "; place " + c.place())
                + "; team " + c.team().stream().map(member).collect(Collectors.joining(", "))
                + "; stakeholders " + String.join(", ", c.stakeholders())
                + (c.notes() == null ? "" : "; notes " + c.notes());
    }
}
