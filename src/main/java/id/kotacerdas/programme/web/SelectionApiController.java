package id.kotacerdas.programme.web;

import id.kotacerdas.programme.ConfirmCohort;
import id.kotacerdas.programme.LoadCandidates;
import id.kotacerdas.programme.LoadReport;
import id.kotacerdas.programme.Mou;
import id.kotacerdas.programme.NewSelection;
import id.kotacerdas.programme.ProgrammeApi;
import id.kotacerdas.programme.ProgrammeParticipant;
import id.kotacerdas.programme.SelectionView;
import id.kotacerdas.programme.Selections;
import id.kotacerdas.programme.domain.CohortOverride;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Candidate selection and the programme's participants (ADMIN; docs/api.md, section 14c). */
@ApiController("/api/v1")
@Tag(name = "Programme", description = "Candidate selection of a cohort, MoUs, the programme's participants")
class SelectionApiController {

    record SelectionBody(Integer year, String name, Integer quota, Map<String, BigDecimal> weights) {
        NewSelection selection() {
            return new NewSelection(year, name, quota, weights);
        }
    }

    record Created(long id) {}

    record OverrideBody(String regionCode, String reason) {}

    /** {@code include}: candidates not proposed to select; {@code drop}: proposed ones to leave out. */
    record ConfirmationBody(List<OverrideBody> include, List<OverrideBody> drop) {
        List<CohortOverride> overrides() {
            List<CohortOverride> all = new ArrayList<>();
            if (include != null) {
                include.forEach(
                        o -> all.add(new CohortOverride(o.regionCode(), CohortOverride.Kind.INCLUDE, o.reason())));
            }
            if (drop != null) {
                drop.forEach(o -> all.add(new CohortOverride(o.regionCode(), CohortOverride.Kind.DROP, o.reason())));
            }
            return all;
        }
    }

    record MouBody(String number, LocalDate signedOn) {}

    private final Selections selections;
    private final LoadCandidates loader;
    private final ConfirmCohort cohorts;
    private final ProgrammeApi programme;

    SelectionApiController(
            Selections selections, LoadCandidates loader, ConfirmCohort cohorts, ProgrammeApi programme) {
        this.selections = selections;
        this.loader = loader;
        this.cohorts = cohorts;
        this.programme = programme;
    }

    @PostMapping("/selections")
    @Operation(
            summary = "Open a candidate selection (ADMIN; audited)",
            description = "Body {\"year\":2018,\"name\":\"...\",\"quota\":50,\"weights\":{\"IKBT\":0.25,\"IKB\":0.25,"
                    + "\"IKH\":0.25,\"KKD\":0.25}}; weights optional (0.25 each), else all four, each 0..1 with at"
                    + " most 4 decimals, summing to exactly 1. 400 selection.weights.sum, .range, .missing,"
                    + " .unknown, selection.year.invalid, selection.name.invalid, selection.quota.invalid.")
    @ProblemCodes(
            invalidInput = {
                "selection.field.invalid",
                "selection.name.invalid",
                "selection.quota.invalid",
                "selection.weights.missing",
                "selection.weights.range",
                "selection.weights.sum",
                "selection.weights.unknown",
                "selection.year.invalid"
            })
    ResponseEntity<Created> create(@RequestBody SelectionBody body, Actor actor) {
        SelectionView created = selections.create(body.selection(), actor);
        return ResponseEntity.created(URI.create("/api/v1/selections/" + created.id()))
                .body(new Created(created.id()));
    }

    @GetMapping("/selections")
    @Operation(summary = "Every candidate selection, the newest year first (ADMIN)")
    @ProblemCodes
    List<SelectionView> list(Actor actor) {
        return selections.list(actor);
    }

    @GetMapping("/selections/{id}")
    @Operation(summary = "A candidate selection (ADMIN)")
    @ProblemCodes(notFound = "selection.notFound")
    SelectionView get(@PathVariable long id, Actor actor) {
        return selections.get(id, actor);
    }

    @PutMapping("/selections/{id}")
    @Operation(
            summary = "Change a selection's year, name, quota or weights (ADMIN; audited)",
            description = "The body as for POST. 409 selection.confirmed once its cohort is confirmed.")
    @ProblemCodes(
            invalidInput = {
                "selection.field.invalid",
                "selection.name.invalid",
                "selection.quota.invalid",
                "selection.weights.missing",
                "selection.weights.range",
                "selection.weights.sum",
                "selection.weights.unknown",
                "selection.year.invalid"
            },
            notFound = "selection.notFound",
            conflict = "selection.confirmed")
    SelectionView change(@PathVariable long id, @RequestBody SelectionBody body, Actor actor) {
        return selections.change(id, body.selection(), actor);
    }

    @PutMapping("/selections/{id}/candidates")
    @Operation(
            summary = "Load the candidates (ADMIN; audited): CSV (text/csv) or an XLSX workbook as the body",
            description = "Header region_code,IKBT,IKB,IKH,KKD (any order); IKBT, IKB, IKH numbers 0..100; KKD"
                    + " TINGGI, SEDANG, RENDAH or a number 0..100; a blank value is a missing parameter (the"
                    + " candidate is incomplete). All or nothing: with any refused row nothing is stored and every"
                    + " refused row is reported with its reasons; a clean load replaces the candidates. 400 for the"
                    + " file (selection.load.format, .empty, .missingColumns, ...); 409 selection.confirmed.")
    @ProblemCodes(
            invalidInput = {
                "selection.load.empty",
                "selection.load.fileEmpty",
                "selection.load.fileTooLarge",
                "selection.load.format",
                "selection.load.missingColumns",
                "selection.load.repeatedColumn",
                "selection.load.tooManyRows",
                "selection.load.unreadable"
            },
            notFound = "selection.notFound",
            conflict = "selection.confirmed")
    LoadReport load(
            @PathVariable long id,
            @RequestBody(required = false) byte[] body,
            @RequestParam(required = false) String filename,
            Actor actor) {
        return loader.load(id, body == null ? new byte[0] : body, filename, actor);
    }

    @GetMapping("/selections/{id}/ranking")
    @Operation(
            summary = "The candidates ranked by composite, each explained (ADMIN)",
            description = "[{\"regionCode\":\"...\",\"composite\":0.7312,\"rank\":1,\"selected\":true, ...}]: the"
                    + " ranked candidates by rank, then those in an earlier cohort, then the incomplete ones."
                    + " selected: proposed before the confirmation, in the cohort after it.")
    @ProblemCodes(notFound = "selection.notFound")
    List<RankingLine> ranking(@PathVariable long id, Actor actor) {
        return RankingLine.of(selections.detail(id, actor));
    }

    @PostMapping("/selections/{id}/confirmation")
    @Operation(
            summary = "Confirm the cohort: the proposal with overrides, each with a reason (ADMIN; audited)",
            description = "Body {\"include\":[{\"regionCode\":\"..\",\"reason\":\"..\"}],\"drop\":[...]}. 400"
                    + " selection.override.reason (no reason), .notCandidate, .alreadyProposed, .notProposed,"
                    + " .incomplete, .twice, selection.cohort.empty; 409 selection.confirmed, selection.noCandidates.")
    @ProblemCodes(
            invalidInput = {
                "selection.cohort.empty",
                "selection.override.alreadyProposed",
                "selection.override.incomplete",
                "selection.override.kind",
                "selection.override.notCandidate",
                "selection.override.notProposed",
                "selection.override.reason",
                "selection.override.twice"
            },
            notFound = "selection.notFound",
            conflict = {"selection.confirmed", "selection.noCandidates"})
    SelectionView confirm(@PathVariable long id, @RequestBody(required = false) ConfirmationBody body, Actor actor) {
        return cohorts.confirm(id, body == null ? List.of() : body.overrides(), actor);
    }

    @PutMapping("/selections/{id}/regions/{code}/mou")
    @Operation(
            summary = "Record a selected region's MoU: number and date signed (ADMIN; audited)",
            description = "Body {\"number\":\"...\",\"signedOn\":\"2018-03-20\"}. 409 selection.notConfirmed; 404"
                    + " selection.notSelected; 400 selection.mou.number, selection.mou.signedOn.")
    @ProblemCodes(
            invalidInput = {"selection.mou.number", "selection.mou.signedOn"},
            notFound = {"selection.notFound", "selection.notSelected"},
            conflict = "selection.notConfirmed")
    Mou mou(@PathVariable long id, @PathVariable String code, @RequestBody MouBody body, Actor actor) {
        return cohorts.recordMou(id, code, body.number(), body.signedOn(), actor);
    }

    @GetMapping("/programme/participants")
    @Operation(
            summary = "Every region in the programme with the cohort (year) it joined (ADMIN)",
            description = "From the confirmed selections: each region once, with its earliest cohort, that"
                    + " cohort's MoU and how many cohorts selected it; the earliest year first.")
    @ProblemCodes
    List<ProgrammeParticipant> participants(Actor actor) {
        return programme.participants(actor);
    }
}
