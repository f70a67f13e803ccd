package id.kotacerdas.instrument.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** The weights of a track are fractions between 0 and 1 of known dimensions and sum to exactly 100%. */
final class WeightRules {

    private WeightRules() {}

    static void check(String track, Map<String, BigDecimal> weights, Collection<String> dimensions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
            if (!dimensions.contains(e.getKey())) {
                throw new InvalidInput("weights", "dimension.unknown", "Unknown dimension " + e.getKey(), e.getKey());
            }
            BigDecimal w = e.getValue();
            if (w == null || w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidInput(
                        "weights",
                        "weights.outOfRange",
                        "Weight of " + e.getKey() + " must be between 0% and 100%",
                        e.getKey());
            }
            sum = sum.add(w);
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            String percent = sum.movePointRight(2).stripTrailingZeros().toPlainString();
            throw new InvalidInput(
                    "weights",
                    "weights.sum",
                    "Weights of track " + track + " sum to " + percent + "%, they must sum to 100%",
                    track,
                    percent);
        }
    }
}
