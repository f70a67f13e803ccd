package id.kotacerdas.report.web;

import id.kotacerdas.report.PublicationFiles;
import id.kotacerdas.report.RegionReport;
import id.kotacerdas.report.RegionReportPdf;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import id.kotacerdas.shared.web.ResponseFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController("/api/v1/periods/{year}")
@Tag(
        name = "Publication outputs",
        description = "The national table as XLSX and CSV, as open data, and each region's report")
class PublicationFilesController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PublicationFiles files;
    private final RegionReportPdf reports;

    PublicationFilesController(PublicationFiles files, RegionReportPdf reports) {
        this.files = files;
        this.reports = reports;
    }

    @GetMapping("/national-results.xlsx")
    @Operation(
            summary = "The national table as a workbook: summary, every region's question scores, the weights",
            description = "Public once the period's results are; before that administrators get a draft"
                    + " (marked DRAF) and anyone else 404 results.notPublished. Headers in the caller's language.")
    @ProblemCodes(notFound = {"period.notFound", "results.notPublished"})
    void xlsx(@PathVariable int year, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean admin = request.isUserInRole("ADMIN");
        ResponseFiles.attachment(response, XLSX, name(year, admin, "xlsx"));
        files.xlsx(year, admin, locale, response.getOutputStream());
    }

    @GetMapping("/national-results.csv")
    @Operation(
            summary = "The national table as CSV (UTF-8, every field quoted; columns as in the open-data schema)",
            description = "Visible as the workbook is.")
    @ProblemCodes(notFound = {"period.notFound", "results.notPublished"})
    void csv(@PathVariable int year, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean admin = request.isUserInRole("ADMIN");
        ResponseFiles.attachment(response, "text/csv;charset=UTF-8", name(year, admin, "csv"));
        files.csv(year, admin, response.getOutputStream());
    }

    @GetMapping("/open-data.zip")
    @Operation(
            summary = "The national table as a Frictionless Data Package",
            description = "datapackage.json with a Table Schema per resource; CSVs of the results, the weights,"
                    + " the questions and the question scores; the licence. Visible as the workbook is.")
    @ProblemCodes(notFound = {"period.notFound", "results.notPublished"})
    void openData(@PathVariable int year, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean admin = request.isUserInRole("ADMIN");
        ResponseFiles.attachment(response, "application/zip", "kota-cerdas-" + year + suffix(year, admin) + ".zip");
        files.openData(year, admin, response.getOutputStream());
    }

    @GetMapping("/regions/{code}/report.pdf")
    @Operation(
            summary = "A region's evaluation report (PDF/A): summary, charts, question scores, survey, findings",
            description = "Visible as the workbook is: public once the period's results are, a draft (DRAF) for"
                    + " administrators before; 404 result.notFound for a region without a result.")
    @ProblemCodes(notFound = {"period.notFound", "result.notFound", "results.notPublished"})
    void report(
            @PathVariable int year, @PathVariable String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        RegionReport report = reports.report(year, code, request.isUserInRole("ADMIN"));
        ResponseFiles.attachment(response, "application/pdf", RegionReportPdf.fileName(report));
        reports.write(report, response.getOutputStream());
    }

    /** Checks visibility (a refusal before anything is written) and names a draft as one. */
    private String name(int year, boolean admin, String extension) {
        return "hasil-nasional-" + year + suffix(year, admin) + "." + extension;
    }

    private String suffix(int year, boolean admin) {
        return files.draft(year, admin) ? "-draf" : "";
    }
}
