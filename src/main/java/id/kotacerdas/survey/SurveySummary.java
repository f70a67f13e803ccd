package id.kotacerdas.survey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A region's survey: responses per smart dimension against the quota (flagged ones apart) and each
 * statement's survey score, the mean of its counted answers, with n and the 95% confidence interval.
 */
public record SurveySummary(
        int year,
        String regionCode,
        String regionName,
        boolean open,
        int quota,
        Map<String, DimensionProgress> dimensions,
        List<QuestionSummary> questions,
        int discarded) {

    /** Counted responses (straight-lined and too-fast ones are kept apart) and whether the quota is reached. */
    @Schema(name = "SurveyDimensionProgress") // the API contract: another type of the API has its simple name
    public record DimensionProgress(
            String name, int responses, int quota, int straightLined, int tooFast, boolean complete) {

        public int percent() {
            return quota == 0 ? 100 : Math.min(100, responses * 100 / quota);
        }
    }

    /**
     * One statement's survey score, shown to 2 decimals; {@code counts} are the answers 1, 2, 3 and 4.
     * {@code mean} and the interval are null without answers (the interval also with one answer).
     */
    public record QuestionSummary(
            int no,
            String dimension,
            String subDimension,
            String statement,
            BigDecimal mean,
            int n,
            BigDecimal ci95Low,
            BigDecimal ci95High,
            List<Integer> counts) {}

    /**
     * The same summary without the statements' means, intervals and answer counts (n stays): what a region's
     * operator sees of its own survey until the period's results are public.
     */
    public SurveySummary withoutMeans() {
        List<QuestionSummary> hidden = questions.stream()
                .map(q -> new QuestionSummary(
                        q.no(), q.dimension(), q.subDimension(), q.statement(), null, q.n(), null, null, List.of()))
                .toList();
        return new SurveySummary(year, regionCode, regionName, open, quota, dimensions, hidden, discarded);
    }

    /** Whether the statements' means are left out ({@link #withoutMeans}). */
    public boolean meansHidden() {
        return !questions.isEmpty() && questions.get(0).counts().isEmpty();
    }

    public int complete() {
        return (int)
                dimensions.values().stream().filter(DimensionProgress::complete).count();
    }

    public int responses() {
        return dimensions.values().stream()
                .mapToInt(DimensionProgress::responses)
                .sum();
    }

    public int flagged() {
        return dimensions.values().stream()
                .mapToInt(d -> d.straightLined() + d.tooFast())
                .sum();
    }
}
