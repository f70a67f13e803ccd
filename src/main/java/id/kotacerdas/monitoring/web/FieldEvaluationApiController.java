package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.ChangeFieldEvaluation;
import id.kotacerdas.monitoring.FieldEvaluationFollowUps;
import id.kotacerdas.monitoring.FieldEvaluationInput;
import id.kotacerdas.monitoring.FieldEvaluationView;
import id.kotacerdas.monitoring.FieldEvaluationView.FieldFollowUp;
import id.kotacerdas.monitoring.FieldEvaluations;
import id.kotacerdas.monitoring.NationalFieldEvaluations;
import id.kotacerdas.monitoring.PlanFieldEvaluation;
import id.kotacerdas.monitoring.domain.TeamMember;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
@Tag(
        name = "Field evaluations",
        description = "Tinjauan lapangan of a region's masterplan per semester: planned and recorded by the ministry"
                + " (ADMIN), read by the region's OPERATOR, who updates its follow-ups")
class FieldEvaluationApiController {

    private static final String ONE = "/regions/{code}/field-evaluations/{year}/{semester}";

    /**
     * An evaluation as planned ({@code heldOn} null) or recorded. {@code year} and {@code semester} (1: June, 2:
     * November) only when creating; {@code version}: when changing, the version it was made from (optional).
     */
    record EvaluationBody(
            Integer year,
            Integer semester,
            Long masterplanId,
            LocalDate plannedOn,
            LocalDate heldOn,
            LocalDate heldUntil,
            String place,
            List<TeamMember> team,
            List<String> stakeholders,
            String notes,
            Integer version) {

        FieldEvaluationInput input() {
            return new FieldEvaluationInput(
                    masterplanId, plannedOn, heldOn, heldUntil, place, team, stakeholders, notes);
        }
    }

    record NewFollowUp(String action, String agency, LocalDate dueOn) {}

    /** {@code status}: OPEN, IN_PROGRESS or DONE. */
    record FollowUpStatus(String status, String note) {}

    private final FieldEvaluations evaluations;
    private final PlanFieldEvaluation plan;
    private final ChangeFieldEvaluation change;
    private final FieldEvaluationFollowUps followUps;

    FieldEvaluationApiController(
            FieldEvaluations evaluations,
            PlanFieldEvaluation plan,
            ChangeFieldEvaluation change,
            FieldEvaluationFollowUps followUps) {
        this.evaluations = evaluations;
        this.plan = plan;
        this.change = change;
        this.followUps = followUps;
    }

    @PostMapping("/regions/{code}/field-evaluations")
    @Operation(
            summary = "Plan a region's field evaluation (tinjauan lapangan) of a semester, or record one held (ADMIN;"
                    + " audited)",
            description = "One per region, year and semester: 409 fieldEvaluation.exists. 400 fieldEvaluation.* names"
                    + " the field: semester 1 or 2, the planned date in the year, a held evaluation needs its"
                    + " findings (notes) and is not in the future, the team not empty.")
    @ProblemCodes(
            invalidInput = {
                "fieldEvaluation.held.beforeYear",
                "fieldEvaluation.held.future",
                "fieldEvaluation.heldUntil.beforeHeld",
                "fieldEvaluation.heldUntil.withoutHeld",
                "fieldEvaluation.masterplan.notRegions",
                "fieldEvaluation.masterplan.outsideYears",
                "fieldEvaluation.notes.missing",
                "fieldEvaluation.planned.missing",
                "fieldEvaluation.planned.outsideYear",
                "fieldEvaluation.semester.invalid",
                "fieldEvaluation.stakeholder.repeated",
                "fieldEvaluation.stakeholder.tooMany",
                "fieldEvaluation.team.empty",
                "fieldEvaluation.team.name",
                "fieldEvaluation.team.tooMany",
                "fieldEvaluation.text.missing",
                "fieldEvaluation.text.tooLong",
                "fieldEvaluation.year.invalid"
            },
            notFound = "region.notFound",
            conflict = "fieldEvaluation.exists")
    ResponseEntity<FieldEvaluationView> create(
            @PathVariable String code, @RequestBody EvaluationBody body, Actor actor) {
        FieldEvaluationView created = plan.plan(code, body.year(), body.semester(), body.input(), actor);
        return ResponseEntity.created(URI.create(
                        "/api/v1/regions/" + code + "/field-evaluations/" + created.year() + "/" + created.semester()))
                .body(created);
    }

    @GetMapping("/regions/{code}/field-evaluations")
    @Operation(summary = "A region's field evaluations, oldest first (ADMIN or the region's OPERATOR)")
    @ProblemCodes(notFound = "region.notFound")
    List<FieldEvaluationView> ofRegion(
            @PathVariable String code, @RequestParam(required = false) Integer year, Actor actor) {
        return evaluations.ofRegion(code, year, actor);
    }

    @GetMapping(ONE)
    @Operation(summary = "A region's field evaluation of a semester (ADMIN or the region's OPERATOR)")
    @ProblemCodes(
            invalidInput = "fieldEvaluation.semester.invalid",
            notFound = {"fieldEvaluation.notFound", "region.notFound"})
    FieldEvaluationView get(
            @PathVariable String code, @PathVariable int year, @PathVariable int semester, Actor actor) {
        return evaluations.get(code, year, semester, actor);
    }

    @PutMapping(ONE)
    @Operation(
            summary = "Change a field evaluation as a whole: its plan, or its record once held (ADMIN; audited)",
            description = "A held evaluation stays held (409 fieldEvaluation.held.stays); with a version another"
                    + " change came after, 409 fieldEvaluation.stale.")
    @ProblemCodes(
            invalidInput = {
                "fieldEvaluation.held.beforeYear",
                "fieldEvaluation.held.future",
                "fieldEvaluation.heldUntil.beforeHeld",
                "fieldEvaluation.heldUntil.withoutHeld",
                "fieldEvaluation.masterplan.notRegions",
                "fieldEvaluation.masterplan.outsideYears",
                "fieldEvaluation.notes.missing",
                "fieldEvaluation.planned.missing",
                "fieldEvaluation.planned.outsideYear",
                "fieldEvaluation.stakeholder.repeated",
                "fieldEvaluation.stakeholder.tooMany",
                "fieldEvaluation.team.empty",
                "fieldEvaluation.team.name",
                "fieldEvaluation.team.tooMany",
                "fieldEvaluation.text.missing",
                "fieldEvaluation.text.tooLong"
            },
            notFound = {"fieldEvaluation.notFound", "region.notFound"},
            conflict = {"fieldEvaluation.held.stays", "fieldEvaluation.stale"})
    FieldEvaluationView change(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int semester,
            @RequestBody EvaluationBody body,
            Actor actor) {
        return change.change(code, year, semester, body.input(), body.version(), actor);
    }

    @PostMapping(ONE + "/follow-ups")
    @Operation(
            summary = "Add a follow-up asked of one of the region's agencies, with its due date (ADMIN; audited)",
            description = "Once the evaluation is held (409 fieldEvaluation.followUp.notHeld); numbered 1, 2, ...")
    @ProblemCodes(
            invalidInput = {
                "fieldEvaluation.followUp.dueBeforeHeld",
                "fieldEvaluation.followUp.dueMissing",
                "fieldEvaluation.text.missing",
                "fieldEvaluation.text.tooLong"
            },
            notFound = {"fieldEvaluation.notFound", "region.notFound"},
            conflict = "fieldEvaluation.followUp.notHeld")
    ResponseEntity<FieldFollowUp> addFollowUp(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int semester,
            @RequestBody NewFollowUp body,
            Actor actor) {
        FieldFollowUp added = followUps.add(code, year, semester, body.action(), body.agency(), body.dueOn(), actor);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + code + "/field-evaluations/" + year + "/"
                        + semester + "/follow-ups/" + added.no()))
                .body(added);
    }

    @PutMapping(ONE + "/follow-ups/{no}")
    @Operation(
            summary = "Update a follow-up's status (OPEN, IN_PROGRESS, DONE) with a note (ADMIN or the region's"
                    + " OPERATOR; audited)")
    @ProblemCodes(
            invalidInput = {"fieldEvaluation.text.missing", "fieldEvaluation.text.tooLong", "masterplan.value.unknown"},
            notFound = {"fieldEvaluation.followUp.notFound", "fieldEvaluation.notFound", "region.notFound"})
    FieldFollowUp updateFollowUp(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int semester,
            @PathVariable int no,
            @RequestBody FollowUpStatus body,
            Actor actor) {
        return followUps.update(code, year, semester, no, body.status(), body.note(), actor);
    }

    @GetMapping("/field-evaluations")
    @Operation(
            summary = "Every region's field evaluations of a year (ADMIN): per semester the regions evaluated and"
                    + " held, each evaluation with its open and overdue follow-ups")
    @ProblemCodes
    NationalFieldEvaluations national(@RequestParam int year, Actor actor) {
        return evaluations.national(year, actor);
    }
}
