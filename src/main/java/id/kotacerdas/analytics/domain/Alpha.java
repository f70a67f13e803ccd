package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Krippendorff's alpha of a set of scores with the interval and the ordinal metric, each shown to 3 decimals
 * (half-up) as Krippendorff reports it; null where alpha is undefined (fewer than two pairable values, or every
 * pairable value the same: nothing to agree on).
 */
public record Alpha(BigDecimal interval, BigDecimal ordinal) {

    /** The usual floor for tentative conclusions (Krippendorff 2004, 241). */
    public static final BigDecimal FLOOR = new BigDecimal("0.667");

    static final Alpha UNDEFINED = new Alpha(null, null);

    static Alpha of(double interval, double ordinal) {
        return new Alpha(shown(interval), shown(ordinal));
    }

    static BigDecimal shown(double alpha) {
        return Double.isNaN(alpha) ? null : BigDecimal.valueOf(alpha).setScale(3, RoundingMode.HALF_UP);
    }

    public boolean defined() {
        return interval != null;
    }

    /** The interval alpha, as shown, is under the floor: the panel's scores support no tentative conclusion. */
    public boolean belowFloor() {
        return interval != null && interval.compareTo(FLOOR) < 0;
    }
}
