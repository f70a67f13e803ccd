package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The <i>tingkat improvement</i> (Indeks Peningkatan) of a region, docs/method.md: this year's final minus last
 * year's final, both as shown (2 decimals), as the published table does (Kab. Badung 2024: 3.08 − 2.97 = 0.11).
 *
 * @param value current − previous, 2 decimals; negative when the region declined
 * @param currentShown this period's shown final
 * @param previousShown the previous period's shown final
 */
public record Improvement(BigDecimal value, BigDecimal currentShown, BigDecimal previousShown) {

    public Improvement {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currentShown, "currentShown");
        Objects.requireNonNull(previousShown, "previousShown");
    }

    /** Improvement between two shown finals; values with more decimals are first shown (rounded half-up). */
    public static Improvement between(BigDecimal currentFinalShown, BigDecimal previousFinalShown) {
        BigDecimal current = Rounding.shown(currentFinalShown);
        BigDecimal previous = Rounding.shown(previousFinalShown);
        return new Improvement(current.subtract(previous), current, previous);
    }
}
