package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.statistics.distribution.TDistribution;

/** Running n, Σx and Σx² of values, with their mean, sample standard deviation and t quantile (16 digits). */
final class Moments {

    static final MathContext PRECISION = MathContext.DECIMAL64;

    private int n;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal squares = BigDecimal.ZERO;

    void add(BigDecimal value) {
        n++;
        sum = sum.add(value, PRECISION);
        squares = squares.add(value.multiply(value, PRECISION), PRECISION);
    }

    /** These moments less another's values (the rest of a group without one member). */
    Moments without(Moments part) {
        Moments rest = new Moments();
        rest.n = n - part.n;
        rest.sum = sum.subtract(part.sum, PRECISION);
        rest.squares = squares.subtract(part.squares, PRECISION);
        return rest;
    }

    int n() {
        return n;
    }

    BigDecimal mean() {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), PRECISION);
    }

    /** √((Σx² − (Σx)²/n) / (n − 1)); null below two values (never negative from rounding). */
    BigDecimal sd() {
        if (n < 2) {
            return null;
        }
        BigDecimal deviations = squares.subtract(sum.multiply(sum, PRECISION).divide(BigDecimal.valueOf(n), PRECISION));
        BigDecimal variance = deviations.max(BigDecimal.ZERO).divide(BigDecimal.valueOf(n - 1L), PRECISION);
        return variance.sqrt(PRECISION);
    }

    /** t(0.975, n − 1), the two-sided 95% quantile of Student's t; null below two values. */
    BigDecimal t975() {
        return n < 2 ? null : new BigDecimal(TDistribution.of(n - 1.0).inverseSurvivalProbability(0.025), PRECISION);
    }
}
