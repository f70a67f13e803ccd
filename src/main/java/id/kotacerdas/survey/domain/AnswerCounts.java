package id.kotacerdas.survey.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How often each answer 1-4 was given to one statement, and what follows from it: the survey score (the mean
 * of the answers, docs/method.md) and its 95% confidence interval, mean ± t(0.975, n−1) · s / √n with s the
 * sample standard deviation. The interval is cut to the 1-4 scale; it needs at least two answers.
 */
public record AnswerCounts(int ones, int twos, int threes, int fours) {

    /** Working precision: far beyond the two decimals shown. */
    static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_UP);

    private static final BigDecimal LOWEST = BigDecimal.valueOf(SurveyForm.LOWEST);
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(SurveyForm.HIGHEST);

    public AnswerCounts {
        if (ones < 0 || twos < 0 || threes < 0 || fours < 0) {
            throw new IllegalArgumentException("negative answer count");
        }
    }

    public static AnswerCounts none() {
        return new AnswerCounts(0, 0, 0, 0);
    }

    public int n() {
        return ones + twos + threes + fours;
    }

    public long sum() {
        return ones + 2L * twos + 3L * threes + 4L * fours;
    }

    public long sumOfSquares() {
        return ones + 4L * twos + 9L * threes + 16L * fours;
    }

    /** The survey score: Σ answers / n at full precision; null without answers. */
    public BigDecimal mean() {
        int n = n();
        return n == 0 ? null : BigDecimal.valueOf(sum()).divide(BigDecimal.valueOf(n), PRECISION);
    }

    /** Sample standard deviation s = √((nΣx² − (Σx)²) / (n(n−1))); null below two answers. */
    public BigDecimal standardDeviation() {
        long n = n();
        if (n < 2) {
            return null;
        }
        BigDecimal numerator = BigDecimal.valueOf(n * sumOfSquares() - sum() * sum());
        return numerator.divide(BigDecimal.valueOf(n * (n - 1)), PRECISION).sqrt(PRECISION);
    }

    /** t(0.975, n−1), the two-sided 95% quantile of Student's t distribution; null below two answers. */
    public BigDecimal tQuantile() {
        int n = n();
        return n < 2 ? null : new BigDecimal(TDistribution.of(n - 1.0).inverseSurvivalProbability(0.025), PRECISION);
    }

    /** Half the width of the 95% interval, t · s / √n; null below two answers. */
    public BigDecimal halfWidth() {
        BigDecimal s = standardDeviation();
        if (s == null) {
            return null;
        }
        BigDecimal rootN = BigDecimal.valueOf(n()).sqrt(PRECISION);
        return tQuantile().multiply(s, PRECISION).divide(rootN, PRECISION);
    }

    public BigDecimal ci95Low() {
        BigDecimal h = halfWidth();
        return h == null ? null : mean().subtract(h).max(LOWEST);
    }

    public BigDecimal ci95High() {
        BigDecimal h = halfWidth();
        return h == null ? null : mean().add(h).min(HIGHEST);
    }
}
