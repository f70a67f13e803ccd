package id.kotacerdas.survey.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.io.SpreadsheetText;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.shared.web.ResponseFiles;
import id.kotacerdas.survey.ManageSurvey;
import id.kotacerdas.survey.NationalSurveySummary;
import id.kotacerdas.survey.SurveyApi;
import id.kotacerdas.survey.SurveyExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The survey of a whole period, for administrators (the API's default rule: ADMIN). */
@ApiController("/api/v1/periods/{year}")
@Tag(name = "Citizen survey", description = "A region's impact survey, answered without an account")
class SurveyPeriodApiController {

    private final SurveyApi surveys;
    private final ManageSurvey manage;
    private final RegionAccess access;
    private final SurveyLinks links;
    private final SurveyExport export;

    SurveyPeriodApiController(
            SurveyApi surveys, ManageSurvey manage, RegionAccess access, SurveyLinks links, SurveyExport export) {
        this.surveys = surveys;
        this.manage = manage;
        this.access = access;
        this.links = links;
        this.export = export;
    }

    @GetMapping("/survey-summary")
    @Operation(summary = "Every participant's responses per smart dimension, and the national statement scores")
    @ProblemCodes(notFound = "period.notFound")
    NationalSurveySummary nation(@PathVariable int year, Actor actor) {
        access.ensureAdmin(actor);
        return surveys.progress(year);
    }

    record QuotaBody(Integer quota) {}

    @PutMapping("/survey-settings")
    @Operation(summary = "Respondents wanted per smart dimension and region (default 50), until finalized")
    @ProblemCodes(invalidInput = "survey.quota.range", notFound = "period.notFound", conflict = "survey.settingsFrozen")
    Map<String, Integer> settings(@PathVariable int year, @RequestBody QuotaBody body, Actor actor) {
        return Map.of("quota", manage.setQuota(year, body.quota(), actor));
    }

    record StatementBody(String textId, String textEn) {}

    @PutMapping("/survey-statements/{no}")
    @Operation(summary = "The citizen statement of a surveyed question, while the instrument is a draft")
    @ProblemCodes(
            invalidInput = "survey.statement.length",
            notFound = {"period.notFound", "survey.question.notFound"},
            conflict = "survey.statementsFrozen")
    Map<String, Object> statement(
            @PathVariable int year, @PathVariable int no, @RequestBody StatementBody body, Actor actor) {
        manage.editStatement(year, no, body.textId(), body.textEn(), actor);
        return Map.of("no", no, "saved", true);
    }

    @GetMapping("/survey-links.csv")
    @Operation(summary = "Every participant's short link and survey page, for printing posters")
    @ProblemCodes(notFound = "period.notFound", conflict = "survey.publicBaseUrl.missing")
    void links(@PathVariable int year, Actor actor, HttpServletResponse response) throws IOException {
        access.ensureAdmin(actor);
        NationalSurveySummary nation = surveys.progress(year);
        ResponseFiles.attachment(response, "text/csv;charset=UTF-8", "survei-" + year + "-tautan.csv");
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), SpreadsheetText.CSV)) {
            csv.printRecord("code", "region", "short_link", "survey_page");
            for (NationalSurveySummary.RegionProgress r : nation.regions()) {
                csv.printRecord(
                        r.regionCode(),
                        SpreadsheetText.safe(r.regionName()),
                        links.shortLink(r.regionCode()),
                        links.surveyPage(year, r.regionCode()));
            }
        }
    }

    @GetMapping("/survey-responses.csv")
    @Operation(summary = "Every region's anonymised responses, by region code, CSV (streamed)")
    @ProblemCodes(notFound = "period.notFound")
    void responsesCsv(@PathVariable int year, Actor actor, HttpServletResponse response) throws IOException {
        export.ensureCanExportNation(year, actor);
        SurveyResponseFiles.sendCsv(
                response,
                "survei-" + year + "-nasional",
                SurveyResponseColumns.ofNation(export.questionColumns(year)),
                sink -> export.nationRows(year, sink));
    }

    @GetMapping("/survey-responses.xlsx")
    @Operation(summary = "Every region's anonymised responses, by region code, XLSX (streamed)")
    @ProblemCodes(notFound = "period.notFound")
    void responsesXlsx(@PathVariable int year, Actor actor, HttpServletResponse response) throws IOException {
        export.ensureCanExportNation(year, actor);
        SurveyResponseFiles.sendXlsx(
                response,
                "survei-" + year + "-nasional",
                "Survei " + year,
                SurveyResponseColumns.ofNation(export.questionColumns(year)),
                sink -> export.nationRows(year, sink));
    }
}
