package id.kotacerdas.scoring.web;

import id.kotacerdas.scoring.ImportNationalResults;
import id.kotacerdas.scoring.ImportReport;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.RankRangeTable;
import id.kotacerdas.scoring.RegionResult;
import id.kotacerdas.scoring.SuggestionAcceptance;
import id.kotacerdas.scoring.domain.WeightPerturbation;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@ProblemCodes(notFound = "period.notFound")
@ApiController("/api/v1/periods/{year}/national-results")
@Tag(name = "National results", description = "The published national table: import, table, one region")
class NationalResultsApiController {

    private final NationalResultsApi results;
    private final ImportNationalResults importer;

    NationalResultsApiController(NationalResultsApi results, ImportNationalResults importer) {
        this.results = results;
        this.importer = importer;
    }

    @GetMapping
    @Operation(summary = "Every participating region with scores, computed final, improvement and rank")
    @ProblemCodes(notFound = "results.notPublished")
    List<NationalResultView> table(
            @PathVariable int year,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String province,
            HttpServletRequest request) {
        return TableQuery.of(track, kind, province, null, null)
                .apply(results.visibleTable(year, request.isUserInRole("ADMIN")).lines());
    }

    @GetMapping("/non-participants")
    @Operation(summary = "Participants without a result: they neither submitted nor were fully scored")
    @ProblemCodes(notFound = "results.notPublished")
    List<String> nonParticipants(@PathVariable int year, HttpServletRequest request) {
        return results.nonParticipants(year, request.isUserInRole("ADMIN"));
    }

    @GetMapping("/rank-ranges")
    @Operation(
            summary = "How robust each rank is: its range when every weight moves by up to ± perturbation points",
            description = "Every region's national rank and its best (rankLow) and worst (rankHigh) rank when each"
                    + " dimension's weight moves by up to ± perturbation percentage points (0 to 10, default 5), the"
                    + " same move in both tracks, each track renormalised to 100%, over a fixed set of weight vectors"
                    + " (weightVectors; seed and drawsPerPoint say how it was drawn); trackRank* the same within the"
                    + " track. Visible as the table is. docs/method.md 10.3")
    @ProblemCodes(invalidInput = "rankRanges.perturbation", notFound = "results.notPublished")
    RankRangeTable rankRanges(
            @PathVariable int year, @RequestParam(required = false) Integer perturbation, HttpServletRequest request) {
        return results.rankRanges(
                year,
                perturbation == null ? WeightPerturbation.STANDARD_PERCENTAGE_POINTS : perturbation,
                request.isUserInRole("ADMIN"));
    }

    @GetMapping("/{regionCode}")
    @Operation(summary = "One region's result with how each number was computed")
    @ProblemCodes(notFound = {"results.notPublished", "result.notFound"})
    RegionResult region(@PathVariable int year, @PathVariable String regionCode, HttpServletRequest request) {
        return results.region(year, regionCode, request.isUserInRole("ADMIN"))
                .orElseThrow(() -> new NotFound(
                        "result.notFound", "No result for " + regionCode + " in " + year, regionCode, year));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a national table sent as a multipart file (ADMIN)")
    @ProblemCodes(
            invalidInput = {"import.file.empty", "import.file.format", "import.file.tooLarge", "import.file.unreadable"
            },
            conflict = {"import.assessedPeriod", "import.evaluationUnderway", "import.frozen"})
    ImportReport importFile(
            @PathVariable int year,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean acceptSuggestions,
            @RequestParam(required = false) String reason,
            Actor actor)
            throws IOException {
        return importer.importTable(
                year,
                file.getBytes(),
                file.getContentType(),
                file.getOriginalFilename(),
                acceptance(acceptSuggestions),
                reason,
                actor.username());
    }

    @PostMapping
    @Operation(
            summary = "Import a national table in the published layout (ADMIN)",
            description = "Body: the table as text/tab-separated-values, text/csv or an .xlsx file. Names that"
                    + " match after normalisation import; loose matches import only with acceptSuggestions=true;"
                    + " the rest are rejected with a reason. Mismatches list published finals that differ from"
                    + " the computed ones. 409 import.evaluationUnderway while the period is in SELF_ASSESSMENT or"
                    + " ASSESSMENT; once its results are final and held, a new import is a correction and needs"
                    + " reason (409 import.frozen without one). Audited.")
    @ProblemCodes(
            invalidInput = {"import.file.empty", "import.file.format", "import.file.tooLarge", "import.file.unreadable"
            },
            conflict = {"import.assessedPeriod", "import.evaluationUnderway", "import.frozen"})
    ImportReport importBody(
            @PathVariable int year,
            @RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(defaultValue = "false") boolean acceptSuggestions,
            @RequestParam(required = false) String filename,
            @RequestParam(required = false) String reason,
            Actor actor) {
        return importer.importTable(
                year, body, contentType, filename, acceptance(acceptSuggestions), reason, actor.username());
    }

    private static SuggestionAcceptance acceptance(boolean all) {
        return all ? SuggestionAcceptance.ALL : SuggestionAcceptance.NONE;
    }
}
