package id.kotacerdas.report.web;

import id.kotacerdas.report.PublicationFiles;
import id.kotacerdas.shared.web.ApiController;
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
@Tag(name = "Publication outputs", description = "The national table as XLSX and CSV, and as open data")
class PublicationFilesController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PublicationFiles files;

    PublicationFilesController(PublicationFiles files) {
        this.files = files;
    }

    @GetMapping("/national-results.xlsx")
    @Operation(
            summary = "The national table as a workbook: summary, every region's question scores, the weights",
            description = "Public once the period's results are; before that administrators get a draft"
                    + " (marked DRAF) and anyone else 404 results.notPublished. Headers in the caller's language.")
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
    void openData(@PathVariable int year, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean admin = request.isUserInRole("ADMIN");
        ResponseFiles.attachment(response, "application/zip", "kota-cerdas-" + year + suffix(year, admin) + ".zip");
        files.openData(year, admin, response.getOutputStream());
    }

    /** Checks visibility (a refusal before anything is written) and names a draft as one. */
    private String name(int year, boolean admin, String extension) {
        return "hasil-nasional-" + year + suffix(year, admin) + "." + extension;
    }

    private String suffix(int year, boolean admin) {
        return files.draft(year, admin) ? "-draf" : "";
    }
}
