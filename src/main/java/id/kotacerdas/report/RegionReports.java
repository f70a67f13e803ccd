package id.kotacerdas.report;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.report.RegionReport.Cover;
import id.kotacerdas.report.RegionReport.QuestionRow;
import id.kotacerdas.report.RegionReport.QuestionTable;
import id.kotacerdas.report.RegionReport.SummaryRow;
import id.kotacerdas.report.RegionReport.Totals;
import id.kotacerdas.report.RegionReport.WorkingRow;
import id.kotacerdas.report.domain.FindingSections;
import id.kotacerdas.report.domain.RadarChart;
import id.kotacerdas.scoring.DimensionComparison;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.RegionResult;
import id.kotacerdas.shared.chart.BarChart;
import id.kotacerdas.shared.chart.ChartSeries;
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

    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final AssessmentApi assessments;
    private final ReportSurvey survey;
    private final MessageSource messages;

    RegionReports(
            NationalResultsApi results,
            InstrumentApi instruments,
            AssessmentApi assessments,
            ReportSurvey survey,
            MessageSource messages) {
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
                questions(
                        instrument,
                        comparison,
                        results.questionScores(year, admin).getOrDefault(code, Map.of())),
                survey.of(year, code),
                findings(year, code),
                workings(result, instrument),
                result.formula());
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
