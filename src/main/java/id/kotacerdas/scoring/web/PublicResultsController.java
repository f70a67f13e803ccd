package id.kotacerdas.scoring.web;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.scoring.DimensionComparison;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.NationalTable;
import id.kotacerdas.scoring.RegionResult;
import id.kotacerdas.scoring.domain.WeightPerturbation;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.survey.SurveyApi;
import id.kotacerdas.survey.SurveySummary;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: a period's national table, sortable and filterable, and each region's result. */
@Controller
class PublicResultsController {

    public record Column(String key, String label, boolean numeric) {}

    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final MessageSource messages;
    private final TableRowsHtml rowsHtml;
    private final SurveyApi surveys;

    PublicResultsController(
            NationalResultsApi results,
            InstrumentApi instruments,
            RegionApi regions,
            MessageSource messages,
            TableRowsHtml rowsHtml,
            SurveyApi surveys) {
        this.surveys = surveys;
        this.results = results;
        this.instruments = instruments;
        this.regions = regions;
        this.messages = messages;
        this.rowsHtml = rowsHtml;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/hasil";
    }

    @GetMapping("/hasil")
    String latest() {
        List<PeriodView> periods = instruments.periods();
        int year = periods.stream()
                .map(PeriodView::year)
                .filter(y ->
                        results.visible(y, false) && !results.table(y).lines().isEmpty())
                .max(Comparator.naturalOrder())
                .orElseGet(() -> periods.stream()
                        .map(PeriodView::year)
                        .max(Comparator.naturalOrder())
                        .orElseThrow(() -> new NotFound("period.none", "No evaluation period yet")));
        return "redirect:/hasil/" + year;
    }

    @GetMapping("/hasil/{year}")
    String national(
            @PathVariable int year,
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        boolean admin = request.isUserInRole("ADMIN");
        NationalTable table = results.visibleTable(year, admin);
        InstrumentView instrument = instruments.instrument(year);
        TableQuery query = TableQuery.of(track, kind, province, sort, dir);
        model.addAttribute("year", year);
        model.addAttribute(
                "periods",
                instruments.periods().stream()
                        .filter(p -> results.visible(p.year(), admin))
                        .toList());
        model.addAttribute("query", query);
        List<String> dimensionCodes = instrument.dimensions().stream()
                .map(InstrumentView.DimensionView::code)
                .toList();
        List<NationalResultView> lines = query.apply(table.lines());
        model.addAttribute("rowCount", lines.size());
        model.addAttribute(
                "rowsHtml",
                rowsHtml.rows(
                        table,
                        query,
                        locale,
                        request.getContextPath(),
                        () -> TableRow.of(
                                lines,
                                dimensionCodes,
                                trackNames(instrument),
                                locale,
                                results.rankRanges(year, WeightPerturbation.STANDARD_PERCENTAGE_POINTS, admin)
                                        .byRegion())));
        model.addAttribute("perturbation", WeightPerturbation.STANDARD_PERCENTAGE_POINTS);
        model.addAttribute("total", table.lines().size());
        model.addAttribute("tracks", instrument.tracks());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("columns", columns(instrument, locale));
        model.addAttribute("draft", results.preview(year, request.isUserInRole("ADMIN")));
        return "scoring/national";
    }

    @GetMapping("/hasil/{year}/{code}")
    String region(@PathVariable int year, @PathVariable String code, Model model, HttpServletRequest request) {
        RegionResult result = results.region(year, code, request.isUserInRole("ADMIN"))
                .orElseThrow(() -> new NotFound("result.notFound", "No result for " + code, code, year));
        InstrumentView instrument = instruments.instrument(year);
        model.addAttribute("year", year);
        model.addAttribute("r", result);
        model.addAttribute("line", result.result());
        model.addAttribute("dimensions", instrument.dimensions());
        model.addAttribute("trackNames", trackNames(instrument));
        Map<String, String> dimensionNames = dimensionNames(instrument);
        model.addAttribute("dimensionNames", dimensionNames);
        List<DimensionComparison> comparison = results.comparison(year, code, request.isUserInRole("ADMIN"));
        model.addAttribute("chartLabels", ChartData.labels(comparison));
        model.addAttribute("chartValues", ChartData.series(comparison, DimensionComparison::score));
        model.addAttribute(
                "chartPrevious",
                ChartData.any(comparison, DimensionComparison::previous)
                        ? ChartData.series(comparison, DimensionComparison::previous)
                        : null);
        model.addAttribute("chartMeans", ChartData.series(comparison, DimensionComparison::nationalMean));
        model.addAttribute("chartTrackMeans", ChartData.series(comparison, DimensionComparison::trackMean));
        model.addAttribute("weightSum", ChartData.weightSum(result));
        SurveySummary survey = surveys.publishedSummary(year, code);
        model.addAttribute("survey", survey.responses() + survey.flagged() > 0 ? survey : null);
        return "scoring/region";
    }

    private List<Column> columns(InstrumentView instrument, Locale locale) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("rank", label("results.col.rank", locale), true));
        columns.add(new Column("name", label("results.col.name", locale), false));
        columns.add(new Column("province", label("results.col.province", locale), false));
        columns.add(new Column("track", label("results.col.track", locale), false));
        instrument.dimensions().forEach(d -> columns.add(new Column(d.code(), d.name(), true)));
        columns.add(new Column("final", label("results.col.final", locale), true));
        columns.add(new Column("improvement", label("results.col.improvement", locale), true));
        return columns;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static Map<String, String> trackNames(InstrumentView instrument) {
        Map<String, String> names = new LinkedHashMap<>();
        instrument.tracks().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }

    static Map<String, String> dimensionNames(InstrumentView instrument) {
        Map<String, String> names = new LinkedHashMap<>();
        instrument.dimensions().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }
}
