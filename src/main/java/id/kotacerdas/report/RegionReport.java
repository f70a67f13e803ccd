package id.kotacerdas.report;

import id.kotacerdas.report.domain.FindingSections;
import id.kotacerdas.report.domain.RadarChart;
import id.kotacerdas.shared.chart.BarChart;
import id.kotacerdas.shared.chart.LineChart;
import java.util.List;

/**
 * What a region's evaluation report prints, its numbers already written the Indonesian way (3,08): the cover, the
 * summary per dimension with ranks, the two charts, the trend across periods, the question scores per dimension, the survey, the assessors'
 * findings and how the final was computed.
 *
 * @param radar null when the region's track weighs fewer than three dimensions
 * @param questions empty when the result was imported as published (the system holds no question scores)
 */
public record RegionReport(
        int year,
        boolean draft,
        Cover cover,
        List<SummaryRow> summary,
        Totals totals,
        BarChart bars,
        RadarChart radar,
        Trend trend,
        List<QuestionTable> questions,
        Survey survey,
        FindingSections findings,
        List<WorkingRow> workings,
        String formula) {

    public record Cover(String region, String province, String kind, String track, String code) {}

    public record SummaryRow(String dimension, String score, String previous, String nationalMean, String trackMean) {}

    /** The final, the improvement with how it was found, and the ranks "17 dari 70". */
    public record Totals(
            String finalScore,
            String unroundedFinal,
            String improvement,
            String improvementSource,
            String previousFinal,
            int rankNational,
            int regionsInPeriod,
            int rankTrack,
            int regionsInTrack,
            int rankKind,
            int regionsOfKind) {}

    /**
     * The region's results in every period held up to the report's year (analytics.TrendsApi), as a table and, from
     * two periods on, a line chart (null before).
     */
    public record Trend(List<String> dimensions, List<TrendRow> rows, LineChart chart) {}

    /** A period's row: "2003 (draf)" for a draft, then final, "17 dari 70", improvement and each dimension's score. */
    public record TrendRow(String year, String finalScore, String rank, String improvement, List<String> scores) {}

    public record QuestionRow(String indicator, String subIndicator, int no, String text, String score) {}

    public record QuestionTable(String dimension, List<QuestionRow> rows, String score) {}

    public record SurveyDimension(String name, int responses, int quota) {}

    public record SurveyRow(int no, String statement, String mean, int n, String interval) {}

    public record Survey(List<SurveyDimension> dimensions, List<SurveyRow> statements) {}

    public record WorkingRow(String dimension, String score, String weight, String contribution, String source) {}
}
