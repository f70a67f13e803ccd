package id.kotacerdas.report;

import id.kotacerdas.analytics.RegionTrend;
import id.kotacerdas.analytics.TrendPeriod;
import id.kotacerdas.analytics.TrendsApi;
import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.report.RegionReport.Cover;
import id.kotacerdas.report.RegionReport.QuestionRow;
import id.kotacerdas.report.RegionReport.QuestionTable;
import id.kotacerdas.report.RegionReport.SummaryRow;
import id.kotacerdas.report.RegionReport.Totals;
import id.kotacerdas.report.RegionReport.Trend;
import id.kotacerdas.report.RegionReport.TrendRow;
import id.kotacerdas.report.RegionReport.WorkingRow;
import id.kotacerdas.report.domain.FindingSections;
import id.kotacerdas.report.domain.RadarChart;
import id.kotacerdas.scoring.DimensionComparison;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.RegionResult;
import id.kotacerdas.shared.chart.BarChart;
import id.kotacerdas.shared.chart.ChartSeries;
import id.kotacerdas.shared.chart.LineChart;
import id.kotacerdas.shared.domain.NotFound;
import id.kotacerdas.shared.format.IndonesianFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Gathers a region's report from the published result (visible as the national table is), its comparison with the
 * year before and the means, the question scores behind it, the survey and the assessors' findings.
 */
@Service
class RegionReports {

    /** The final in dark grey, then the dimensions as the region page's chart colours them. */
    private static final List<String> TREND_COLOURS =
            List.of("#363636", "#485fc7", "#48c78e", "#3e8ed0", "#ffb70f", "#f14668", "#b86bff");

    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final AssessmentApi assessments;
    private final ReportSurvey survey;
    private final MessageSource messages;
    private final TrendsApi trends;

    RegionReports(
            NationalResultsApi results,
            InstrumentApi instruments,
            AssessmentApi assessments,
            ReportSurvey survey,
            MessageSource messages,
            TrendsApi trends) {
        this.trends = trends;
        this.results = results;
        this.instruments = instruments;
        this.assessments = assessments;
        this.survey = survey;
        this.messages = messages;
    }

    /** NotFound (results.notPublished) when the reader may not see the period's results; result.notFound without one. */
    RegionReport report(int year, String code, boolean admin) {
        boolean draft = results.preview(year, admin);
        RegionResult result = results.region(year, code, admin)
                .orElseThrow(() -> new NotFound("result.notFound", "No result for " + code, code, year));
        NationalResultView line = result.result();
        InstrumentView instrument = instruments.instrument(year);
        List<DimensionComparison> comparison = results.comparison(year, code, admin);
        List<String> names = comparison.stream().map(DimensionComparison::name).toList();
        List<ChartSeries> years = List.of(
                new ChartSeries(text("report.pdf.series.year", year), "#485fc7", values(comparison, 0)),
                new ChartSeries(text("report.pdf.series.year", year - 1), "#9fb0e8", values(comparison, 1)));
        List<ChartSeries> means = List.of(
                new ChartSeries(line.regionName(), "#485fc7", values(comparison, 0)),
                new ChartSeries(text("report.pdf.series.national"), "#7a7a7a", values(comparison, 2)),
                new ChartSeries(text("report.pdf.series.track"), "#d4a017", values(comparison, 3)));
        return new RegionReport(
                year,
                draft,
                new Cover(line.regionName(), line.provinceName(), line.kind(), trackName(instrument, line), code),
                comparison.stream().map(RegionReports::summaryRow).toList(),
                totals(result),
                BarChart.of(names, years),
                RadarChart.drawable(names.size()) ? RadarChart.of(names, means) : null,
                trend(trends.trendUpTo(year, code, admin)),
                questions(
                        instrument,
                        comparison,
                        results.questionScores(year, admin).getOrDefault(code, Map.of())),
                survey.of(year, code),
                findings(year, code),
                workings(result, instrument),
                result.formula());
    }

    /** The trend's rows and, from two periods on, its chart: the final first, then each dimension. */
    private Trend trend(RegionTrend trend) {
        List<String> years = new ArrayList<>();
        List<TrendRow> rows = new ArrayList<>();
        for (TrendPeriod p : trend.periods()) {
            String year = p.draft() ? p.year() + " (" + text("report.pdf.trend.draft") + ")" : String.valueOf(p.year());
            years.add(year);
            rows.add(new TrendRow(
                    year,
                    IndonesianFormat.number(p.finalScore()),
                    text("region.rank.of", p.rank(), p.regionsInPeriod()),
                    IndonesianFormat.number(p.improvement()),
                    trend.dimensions().stream()
                            .map(d -> IndonesianFormat.number(p.dimension(d.code())))
                            .toList()));
        }
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(
                text("report.pdf.final"),
                TREND_COLOURS.get(0),
                trend.periods().stream().map(TrendPeriod::finalScore).toList()));
        for (int i = 0; i < trend.dimensions().size(); i++) {
            String code = trend.dimensions().get(i).code();
            series.add(new ChartSeries(
                    trend.dimensions().get(i).name(),
                    TREND_COLOURS.get(1 + i % (TREND_COLOURS.size() - 1)),
                    trend.periods().stream().map(p -> p.dimension(code)).toList()));
        }
        return new Trend(
                trend.dimensions().stream().map(RegionTrend.Dimension::name).toList(),
                rows,
                rows.size() < 2 ? null : LineChart.of(years, series));
    }

    private static SummaryRow summaryRow(DimensionComparison d) {
        return new SummaryRow(
                d.name(),
                IndonesianFormat.number(d.score()),
                IndonesianFormat.number(d.previous()),
                IndonesianFormat.number(d.nationalMean()),
                IndonesianFormat.number(d.trackMean()));
    }

    private static Totals totals(RegionResult r) {
        NationalResultView line = r.result();
        return new Totals(
                IndonesianFormat.number(line.finalScore()),
                IndonesianFormat.decimals(r.unroundedFinal(), 4),
                IndonesianFormat.number(line.improvement()),
                line.improvementSource(),
                IndonesianFormat.number(r.previousFinal()),
                line.ranks().national(),
                r.regionsInPeriod(),
                line.ranks().track(),
                r.regionsInTrack(),
                line.ranks().kind(),
                r.regionsOfKind());
    }

    private static List<BigDecimal> values(List<DimensionComparison> comparison, int series) {
        List<BigDecimal> values = new ArrayList<>();
        for (DimensionComparison d : comparison) {
            values.add(
                    switch (series) {
                        case 0 -> d.score();
                        case 1 -> d.previous();
                        case 2 -> d.nationalMean();
                        default -> d.trackMean();
                    });
        }
        return values;
    }

    private static List<QuestionTable> questions(
            InstrumentView instrument, List<DimensionComparison> comparison, Map<Integer, BigDecimal> scores) {
        if (scores.isEmpty()) {
            return List.of();
        }
        List<QuestionTable> tables = new ArrayList<>();
        for (DimensionComparison d : comparison) {
            List<QuestionRow> rows = instrument.questions().stream()
                    .filter(q -> q.dimension().equals(d.code()))
                    .map(q -> new QuestionRow(
                            q.indicator(),
                            q.subIndicator(),
                            q.no(),
                            q.text(),
                            IndonesianFormat.number(scores.get(q.no()))))
                    .toList();
            tables.add(new QuestionTable(d.name(), rows, IndonesianFormat.number(d.score())));
        }
        return tables;
    }

    private FindingSections findings(int year, String code) {
        return FindingSections.of(assessments.findings(year, code).stream()
                .map(f -> new FindingSections.Finding(f.kind(), f.name(), f.affiliation(), f.text()))
                .toList());
    }

    private List<WorkingRow> workings(RegionResult r, InstrumentView instrument) {
        return r.workings().stream()
                .map(w -> new WorkingRow(
                        instrument.dimensionName(w.code()),
                        IndonesianFormat.number(w.shown()),
                        IndonesianFormat.percent(w.weight()),
                        IndonesianFormat.decimals(w.contribution(), 4),
                        text("source." + w.source())))
                .toList();
    }

    private static String trackName(InstrumentView instrument, NationalResultView line) {
        return instrument.tracks().stream()
                .filter(t -> t.code().equals(line.track()))
                .map(InstrumentView.TrackView::name)
                .findFirst()
                .orElse(line.track());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, IndonesianFormat.LOCALE);
    }
}
