package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Map;

/**
 * A question whose scores spread: the scores by assessor, max − min, and the sample standard deviation of the
 * scores (to 2 decimals), by which the most-spread questions are ranked (then by max − min, then by number).
 */
public record SpreadQuestion(int no, String dimension, Map<String, Integer> scores, int spread, BigDecimal sd) {

    static final Comparator<SpreadQuestion> MOST_SPREAD_FIRST = Comparator.comparing(
                    SpreadQuestion::sd, Comparator.<BigDecimal>reverseOrder())
            .thenComparing(SpreadQuestion::spread, Comparator.<Integer>reverseOrder())
            .thenComparingInt(SpreadQuestion::no);

    static SpreadQuestion of(ScoredQuestion question) {
        return new SpreadQuestion(
                question.no(), question.dimension(), question.scores(), question.spread(), deviation(question));
    }

    /** √(Σ(x − x̄)² / (n − 1)), from n·Σx² − (Σx)² over n(n − 1) in integers; 0 below two scores. */
    private static BigDecimal deviation(ScoredQuestion question) {
        long n = question.scores().size();
        if (n < 2) {
            return BigDecimal.ZERO.setScale(2);
        }
        long sum = 0;
        long squares = 0;
        for (int score : question.scores().values()) {
            sum += score;
            squares += (long) score * score;
        }
        BigDecimal variance = BigDecimal.valueOf(n * squares - sum * sum)
                .divide(BigDecimal.valueOf(n * (n - 1)), MathContext.DECIMAL64);
        return variance.sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }
}
