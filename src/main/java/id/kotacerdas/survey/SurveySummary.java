package id.kotacerdas.survey;

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
