package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic mean at full precision, as used for question scores (mean of the assessors) and dimension
 * scores (mean of the questions), docs/method.md.
 *
 * <p>Exact means keep their natural scale (18 / 5 = 3.6); non-terminating ones are cut at {@link #PRECISION}
 * significant digits, half-up. Rounding for display is {@link Rounding}'s job, not this class's.
 */
final class Mean {

    /** 16 significant digits, half-up: far beyond the 2 shown decimals, and still fits a {@code long}. */
    static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_UP);

    /** Assessor panels up to this size have their means precomputed (the hot path of national scoring). */
    private static final int CACHED_COUNTS = 12;

    private static final BigDecimal[][] INTEGER_MEANS = integerMeans();

    private Mean() {}

    /** Mean of {@code count} values adding up to {@code sum}. */
    static BigDecimal of(BigDecimal sum, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("mean of no values");
        }
        return sum.divide(BigDecimal.valueOf(count), PRECISION);
    }

    /** Mean of {@code count} integers adding up to {@code sum}; same result as {@link #of(BigDecimal, int)}. */
    static BigDecimal ofIntegers(int sum, int count) {
        if (count > 0 && count <= CACHED_COUNTS && sum >= 0 && sum < INTEGER_MEANS[count].length) {
            return INTEGER_MEANS[count][sum];
        }
        return of(BigDecimal.valueOf(sum), count);
    }

    private static BigDecimal[][] integerMeans() {
        BigDecimal[][] means = new BigDecimal[CACHED_COUNTS + 1][];
        means[0] = new BigDecimal[0];
        for (int count = 1; count <= CACHED_COUNTS; count++) {
            int maxSum = AssessedQuestion.MAX_SCORE * count;
            means[count] = new BigDecimal[maxSum + 1];
            for (int sum = 0; sum <= maxSum; sum++) {
                means[count][sum] = of(BigDecimal.valueOf(sum), count);
            }
        }
        return means;
    }
}
