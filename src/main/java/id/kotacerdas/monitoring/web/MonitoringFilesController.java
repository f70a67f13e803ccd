package id.kotacerdas.monitoring.web;

import id.kotacerdas.monitoring.MonitoringFile;
import id.kotacerdas.monitoring.MonitoringFiles;
import id.kotacerdas.monitoring.MonitoringPdf;
import id.kotacerdas.monitoring.MonitoringXlsx;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.shared.web.ResponseFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A masterplan's monitoring as files, for whom may see its monitoring (ADMIN or the region's OPERATOR): each
 * refusal is decided before the file's headers and bytes are written, so it comes as problem+json.
 */
@ApiController("/api/v1/masterplans/{id}")
@Tag(name = "Masterplan monitoring")
class MonitoringFilesController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonitoringFiles files;
    private final MonitoringPdf pdf;
    private final MonitoringXlsx xlsx;

    MonitoringFilesController(MonitoringFiles files, MonitoringPdf pdf, MonitoringXlsx xlsx) {
        this.files = files;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @GetMapping("/monitoring.pdf")
    @Operation(
            summary = "A masterplan's monitoring report for a year or semester as PDF/A, in Bahasa Indonesia",
            description = "Cover, summary per category, implementation rate per smart dimension as a chart, the"
                    + " items per category with their status, the drafted conclusions. Access and problems as for"
                    + " the monitoring.")
    @ProblemCodes(
            invalidInput = {"masterplan.semester.invalid", "masterplan.target.outside"},
            forbidden = "region.forbidden",
            notFound = "masterplan.notFound")
    void pdf(
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer semester,
            Actor actor,
            HttpServletResponse response)
            throws IOException {
        MonitoringFile file = files.of(id, year, semester, actor);
        ResponseFiles.attachment(response, "application/pdf", file.name("pdf"));
        pdf.write(file, response.getOutputStream());
    }

    @GetMapping("/monitoring.xlsx")
    @Operation(
            summary = "A masterplan's monitoring for a year or semester as a workbook: summary, items, conclusions",
            description = "Numbers as numbers; headers and labels in the caller's language, the conclusions in"
                    + " Bahasa Indonesia. Access and problems as for the monitoring.")
    @ProblemCodes(
            invalidInput = {"masterplan.semester.invalid", "masterplan.target.outside"},
            forbidden = "region.forbidden",
            notFound = "masterplan.notFound")
    void xlsx(
            @PathVariable long id,
            @RequestParam int year,
            @RequestParam(required = false) Integer semester,
            Actor actor,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        MonitoringFile file = files.of(id, year, semester, actor);
        ResponseFiles.attachment(response, XLSX, file.name("xlsx"));
        xlsx.write(file, locale, response.getOutputStream());
    }
}
