package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MonitoringReports;
import id.kotacerdas.monitoring.SavedReport;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/masterplans/{id}")
@Tag(name = "Masterplan monitoring")
class MonitoringReportApiController {

    record ReportBody(List<String> conclusions, String reason) {}

    private final MonitoringReports reports;

    MonitoringReportApiController(MonitoringReports reports) {
        this.reports = reports;
    }

    @PutMapping("/monitoring-reports/{year}")
    @Operation(
            summary =
                    "Save the monitoring report of a year (or ?semester=1|2) with the conclusions as edited (audited)",
            description = "The first save freezes the period's realisations (a correction then needs a reason); a"
                    + " later save is a new version and needs a reason. 400 masterplan.report.conclusions,"
                    + " masterplan.report.reason.")
    @ProblemCodes(
            invalidInput = {
                "masterplan.field.invalid",
                "masterplan.report.conclusions",
                "masterplan.report.reason",
                "masterplan.semester.invalid",
                "masterplan.target.outside"
            },
            forbidden = "region.forbidden",
            notFound = "masterplan.notFound",
            conflict = "masterplan.report.concurrent")
    SavedReport save(
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam(required = false) Integer semester,
            @RequestBody ReportBody body,
            Actor actor) {
        return reports.save(id, year, semester, body.conclusions(), body.reason(), actor);
    }
}
