package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of scores for display (docs/method.md: "rounded to 2 decimals").
 *
 * <p>This is the only place where a score is rounded for display. Computation keeps full precision (see
 * {@link Mean}); only the shown values go through {@link #shown(BigDecimal)}.
 */
public final class Rounding {

    /** Number of decimals of every shown score in the published tables. */
    public static final int SHOWN_SCALE = 2;

    private Rounding() {}

    /** The value as published: rounded half-up to 2 decimals, e.g. 3.0750 becomes 3.08. */
    public static BigDecimal shown(BigDecimal value) {
        return value.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
    }
}
