package id.kotacerdas.analytics.web;

import id.kotacerdas.analytics.NationalDistribution;
import id.kotacerdas.analytics.RegionTrend;
import id.kotacerdas.analytics.TrendsApi;
import id.kotacerdas.shared.web.ApiController;
import id.kotacerdas.shared.web.ProblemCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
@Tag(name = "Trends", description = "A region's results across periods; how a period's finals are distributed")
class TrendApiController {

    private final TrendsApi trends;

    TrendApiController(TrendsApi trends) {
        this.trends = trends;
    }

    @GetMapping("/regions/{code}/trend")
    @Operation(
            summary = "A region's final, ranks, improvement and dimension scores in every period the caller may see",
            description = "Public: periods whose results are public; an ADMIN also sees results not published yet,"
                    + " marked draft. until: only periods up to that year.")
    @ProblemCodes(notFound = {"period.notFound", "region.notFound"})
    RegionTrend trend(
            @PathVariable String code, @RequestParam(required = false) Integer until, HttpServletRequest request) {
        return trends.trend(code, until, request.isUserInRole("ADMIN"));
    }

    @GetMapping("/periods/{year}/national-results/distribution")
    @Operation(
            summary = "The period's finals as a histogram, per track and per province, and the improvement leaders",
            description = "Visible as the national table is. top: how many ranks of improvement leaders (1-100,"
                    + " default 10); regions tied at the last rank are all listed.")
    @ProblemCodes(
            invalidInput = "distribution.top",
            notFound = {"period.notFound", "results.notPublished"})
    NationalDistribution distribution(
            @PathVariable int year,
            @RequestParam(defaultValue = "" + TrendsApi.DEFAULT_TOP) int top,
            HttpServletRequest request) {
        return trends.distribution(year, top, request.isUserInRole("ADMIN"));
    }
}
