package id.kotacerdas.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An item's status and achievement percentage for one period (docs/method.md, "Masterplan monitoring"):
 *
 * <ul>
 *   <li>no realisation, or no target for the year: belum diketahui, no percentage;
 *   <li>higher is better: tercapai when realisation ≥ target; percentage realisation / target × 100, and 100
 *       (met) or 0 for a target of 0;
 *   <li>lower is better: tercapai when realisation ≤ target (met exactly is met); percentage target /
 *       realisation × 100, 100 for a realisation of 0; for a target of 0, 100 when the realisation is 0, else 0.
 * </ul>
 *
 * Percentages are rounded half up to 2 decimals and not capped: 120 means the target was passed by a fifth.
 */
public record Achievement(Status status, BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Achievement UNKNOWN = new Achievement(Status.UNKNOWN, null);

    public static Achievement of(Direction direction, BigDecimal target, BigDecimal realisation) {
        if (target == null || realisation == null) {
            return UNKNOWN;
        }
        boolean met = direction == Direction.HIGHER_IS_BETTER
                ? realisation.compareTo(target) >= 0
                : realisation.compareTo(target) <= 0;
        return new Achievement(met ? Status.MET : Status.NOT_MET, percent(direction, target, realisation, met));
    }

    private static BigDecimal percent(Direction direction, BigDecimal target, BigDecimal realisation, boolean met) {
        BigDecimal numerator = direction == Direction.HIGHER_IS_BETTER ? realisation : target;
        BigDecimal denominator = direction == Direction.HIGHER_IS_BETTER ? target : realisation;
        if (denominator.signum() == 0) {
            return met ? HUNDRED.setScale(2) : BigDecimal.ZERO.setScale(2);
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }
}
