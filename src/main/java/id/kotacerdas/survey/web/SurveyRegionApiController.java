package id.kotacerdas.survey.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.survey.EnterSurveyResponse;
import id.kotacerdas.survey.EnterSurveyResponse.Entry;
import id.kotacerdas.survey.ManageSurvey;
import id.kotacerdas.survey.StoredResponse;
import id.kotacerdas.survey.SubmitSurveyResponse.Result;
import id.kotacerdas.survey.SurveyApi;
import id.kotacerdas.survey.SurveyExport;
import id.kotacerdas.survey.SurveySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/periods/{year}/regions/{code}")
@Tag(name = "Citizen survey", description = "A region's impact survey, answered without an account")
class SurveyRegionApiController {

    private final SurveyApi surveys;
    private final ManageSurvey manage;
    private final SurveyExport export;
    private final SurveyLinks links;
    private final EnterSurveyResponse enter;

    SurveyRegionApiController(
            SurveyApi surveys, ManageSurvey manage, SurveyExport export, SurveyLinks links, EnterSurveyResponse enter) {
        this.surveys = surveys;
        this.manage = manage;
        this.export = export;
        this.links = links;
        this.enter = enter;
    }

    record EntryBody(String dimension, Map<String, Integer> answers, String comment, String source) {}

    @PostMapping("/survey-responses")
    @Operation(
            summary = "Enter a response collected on paper or at a service counter (the region's operator or"
                    + " enumerator)",
            description = "Idempotency-Key header required; source PAPER or COUNTER. 201 stored; 200 the same key"
                    + " again; 409 closed, quota reached or key reused with other answers")
    @ProblemCodes(
            invalidInput = {
                "survey.answers.invalid",
                "survey.comment.tooLong",
                "survey.dimension.unknown",
                "survey.key.invalid",
                "survey.key.missing",
                "survey.source.invalid"
            },
            notFound = {"period.notFound", "survey.notParticipant"},
            conflict = {
                "survey.closed",
                "survey.formToken.used",
                "survey.key.reused",
                "survey.periodNotOpen",
                "survey.quotaReached"
            })
    ResponseEntity<StoredResponse> entry(
            @PathVariable int year,
            @PathVariable String code,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody EntryBody body,
            Actor actor) {
        Result result = enter.enter(
                year,
                code,
                new Entry(IdempotencyKeys.parse(key), body.dimension(), body.answers(), body.comment(), body.source()),
                actor);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result.response());
    }

    @GetMapping("/survey-summary")
    @Operation(summary = "Responses per smart dimension against the quota; each statement's mean, n and 95% CI")
    @ProblemCodes(notFound = {"period.notFound", "region.notFound"})
    SurveySummary summary(@PathVariable int year, @PathVariable String code, Actor actor) {
        return surveys.summary(year, code, actor);
    }

    record SurveyState(Boolean open, String reason) {}

    @PutMapping("/survey-state")
    @Operation(
            summary = "Open or close the region's survey (its operator or an administrator)",
            description = "Before every smart dimension reached its quota only an administrator closes it, with a"
                    + " reason (403 survey.closeEarly.adminOnly, 400 survey.closeEarly.reason)")
    @ProblemCodes(
            invalidInput = {"survey.closeEarly.reason", "survey.reason.length"},
            forbidden = "survey.closeEarly.adminOnly",
            notFound = {"period.notFound", "survey.notParticipant"})
    Map<String, Object> state(
            @PathVariable int year, @PathVariable String code, @RequestBody SurveyState body, Actor actor) {
        boolean open = !Boolean.FALSE.equals(body.open());
        boolean changed = manage.setOpen(year, code, open, body.reason(), actor);
        return Map.of("open", open, "changed", changed);
    }

    @GetMapping("/survey-link")
    @Operation(summary = "The short link and the survey page address for posters")
    @ProblemCodes(notFound = "period.notFound", conflict = "survey.publicBaseUrl.missing")
    Map<String, String> link(@PathVariable int year, @PathVariable String code, Actor actor) {
        export.ensureCanExport(year, code, actor);
        return Map.of("shortLink", links.shortLink(code), "surveyPage", links.surveyPage(year, code));
    }

    @GetMapping("/survey-qr.png")
    @Operation(summary = "QR code of the short link, PNG (size in pixels, 128-2048)")
    @ProblemCodes(notFound = "period.notFound", conflict = "survey.publicBaseUrl.missing")
    ResponseEntity<byte[]> png(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(defaultValue = "1024") int size,
            Actor actor) {
        export.ensureCanExport(year, code, actor);
        int pixels = Math.max(128, Math.min(2048, size));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "attachment; filename=\"survei-" + code + ".png\"")
                .body(QrCodes.png(links.shortLink(code), pixels));
    }

    @GetMapping("/survey-qr.svg")
    @Operation(summary = "QR code of the short link, SVG")
    @ProblemCodes(notFound = "period.notFound", conflict = "survey.publicBaseUrl.missing")
    ResponseEntity<String> svg(@PathVariable int year, @PathVariable String code, Actor actor) {
        export.ensureCanExport(year, code, actor);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .header("Content-Disposition", "attachment; filename=\"survei-" + code + ".svg\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(QrCodes.svg(links.shortLink(code)));
    }

    @GetMapping("/survey-responses.csv")
    @Operation(summary = "The region's anonymised responses, CSV (streamed)")
    @ProblemCodes(notFound = "period.notFound")
    void csv(@PathVariable int year, @PathVariable String code, Actor actor, HttpServletResponse response)
            throws IOException {
        export.ensureCanExport(year, code, actor);
        SurveyResponseFiles.sendCsv(
                response,
                "survei-" + year + "-" + code,
                SurveyResponseColumns.ofRegion(export.questionColumns(year)),
                sink -> export.rows(year, code, sink));
    }

    @GetMapping("/survey-responses.xlsx")
    @Operation(summary = "The region's anonymised responses, XLSX (streamed)")
    @ProblemCodes(notFound = "period.notFound")
    void xlsx(@PathVariable int year, @PathVariable String code, Actor actor, HttpServletResponse response)
            throws IOException {
        export.ensureCanExport(year, code, actor);
        SurveyResponseFiles.sendXlsx(
                response,
                "survei-" + year + "-" + code,
                "Survei " + year + " " + code,
                SurveyResponseColumns.ofRegion(export.questionColumns(year)),
                sink -> export.rows(year, code, sink));
    }
}
