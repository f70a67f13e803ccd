package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;

/** Plain-text rendering of decimals in messages and formulas, without rounding them. */
final class Decimals {

    private Decimals() {}

    /** Plain notation with at least two decimals and no needless trailing zeros: 0.1 → "0.10", 0.125 → "0.125". */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < Rounding.SHOWN_SCALE) {
            stripped = stripped.setScale(Rounding.SHOWN_SCALE);
        }
        return stripped.toPlainString();
    }
}
