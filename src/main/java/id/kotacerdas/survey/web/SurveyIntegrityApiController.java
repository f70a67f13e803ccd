package id.kotacerdas.survey.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.survey.IntegrityRow;
import id.kotacerdas.survey.QuarantineFilter;
import id.kotacerdas.survey.QuarantineResponses;
import id.kotacerdas.survey.QuarantineResponses.Decision;
import id.kotacerdas.survey.RegionIntegrity;
import id.kotacerdas.survey.SurveyIntegrity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The ministry's integrity view of the survey and its quarantine decisions (administrators only). */
@ApiController("/api/v1/periods/{year}")
@Tag(name = "Citizen survey", description = "A region's impact survey, answered without an account")
class SurveyIntegrityApiController {

    private final SurveyIntegrity integrity;
    private final QuarantineResponses quarantine;

    SurveyIntegrityApiController(SurveyIntegrity integrity, QuarantineResponses quarantine) {
        this.integrity = integrity;
        this.quarantine = quarantine;
    }

    @GetMapping("/survey-integrity")
    @Operation(summary = "Every region's responses by source, flagged, quarantined, busiest address group and hour")
    @ProblemCodes(notFound = "period.notFound")
    List<IntegrityRow> nation(@PathVariable int year, Actor actor) {
        return integrity.nation(year, actor);
    }

    @GetMapping("/regions/{code}/survey-integrity")
    @Operation(
            summary = "One region: responses per hour, address groups (keyed hashes), identical answers, time to"
                    + " complete, sources")
    @ProblemCodes(notFound = {"period.notFound", "region.notFound"})
    RegionIntegrity region(@PathVariable int year, @PathVariable String code, Actor actor) {
        return integrity.region(year, code, actor);
    }

    @GetMapping("/regions/{code}/survey-quarantines")
    @Operation(summary = "The region's quarantine decisions, active and released")
    @ProblemCodes
    Object quarantines(@PathVariable int year, @PathVariable String code, Actor actor) {
        return integrity.quarantines(year, code, actor);
    }

    record QuarantineBody(
            String reason,
            String addressGroup,
            OffsetDateTime from,
            OffsetDateTime to,
            String dimension,
            String answers,
            String source,
            List<Long> responseIds) {}

    @PostMapping("/regions/{code}/survey-quarantines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Set responses aside (out of the scores and the quota) with a reason",
            description = "Responses chosen by every criterion given: addressGroup, from/to, dimension + answers"
                    + " (\"4,4,3,...\"), source, responseIds. 400 no criterion or no reason; 409 nothing matches")
    @ProblemCodes(
            invalidInput = {"survey.quarantine.noFilter", "survey.quarantine.reason.invalid"},
            notFound = {"period.notFound", "survey.notParticipant"},
            conflict = "survey.quarantine.nothing")
    Decision create(@PathVariable int year, @PathVariable String code, @RequestBody QuarantineBody b, Actor actor) {
        return quarantine.quarantine(
                year,
                code,
                QuarantineFilter.of(
                        b.addressGroup(), b.from(), b.to(), b.dimension(), b.answers(), b.source(), b.responseIds()),
                b.reason(),
                actor);
    }

    record ReleaseBody(String reason) {}

    @PostMapping("/regions/{code}/survey-quarantines/{id}/release")
    @Operation(summary = "Release a quarantine decision with a reason: its responses count again")
    @ProblemCodes(invalidInput = "survey.quarantine.reason.invalid", notFound = "survey.quarantine.notFound")
    Map<String, Object> release(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable long id,
            @RequestBody ReleaseBody body,
            Actor actor) {
        quarantine.release(year, code, id, body.reason(), actor);
        return Map.of("id", id, "released", true);
    }
}
