package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The weight of each parameter in a selection's composite: each between 0 and 1 with at most {@value #DECIMALS}
 * decimals, the four summing to exactly 1 (as decimals, so 0.3333 × 3 + 0.0001 is 1 and 1/3 cannot be written).
 * Without weights a selection weighs each parameter 0.25.
 */
public record SelectionWeights(Map<Parameter, BigDecimal> weights) {

    /** The most decimals a weight may have (numeric(5,4) in the database). */
    public static final int DECIMALS = 4;

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    public SelectionWeights {
        EnumMap<Parameter, BigDecimal> copy = new EnumMap<>(Parameter.class);
        copy.putAll(weights);
        weights = Collections.unmodifiableMap(copy);
    }

    public static SelectionWeights equal() {
        Map<Parameter, BigDecimal> weights = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            weights.put(p, QUARTER);
        }
        return new SelectionWeights(weights);
    }

    /**
     * The weights as sent, by parameter name ({@code "IKBT"}, ...): null or empty for the default; else all four,
     * each 0..1, summing to exactly 1.
     *
     * @throws InvalidInput on field {@code weights}: {@code selection.weights.unknown}, {@code .missing},
     *     {@code .range}, {@code .sum}
     */
    public static SelectionWeights from(Map<String, BigDecimal> sent) {
        if (sent == null || sent.isEmpty()) {
            return equal();
        }
        Map<Parameter, BigDecimal> weights = new EnumMap<>(Parameter.class);
        for (Map.Entry<String, BigDecimal> e : sent.entrySet()) {
            Parameter p = Parameter.ofColumn(e.getKey())
                    .orElseThrow(() -> new InvalidInput(
                            "weights",
                            "selection.weights.unknown",
                            "No parameter " + e.getKey() + ": the parameters are IKBT, IKB, IKH and KKD",
                            e.getKey()));
            weights.put(p, e.getValue());
        }
        for (Parameter p : Parameter.values()) {
            BigDecimal w = weights.get(p);
            if (w == null) {
                throw new InvalidInput(
                        "weights", "selection.weights.missing", "No weight for " + p + ": give all four", p.name());
            }
            if (w.signum() < 0
                    || w.compareTo(BigDecimal.ONE) > 0
                    || w.stripTrailingZeros().scale() > DECIMALS) {
                throw new InvalidInput(
                        "weights",
                        "selection.weights.range",
                        "The weight of " + p + " must lie between 0 and 1, with at most 4 decimals",
                        p.name(),
                        w.toPlainString());
            }
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidInput(
                    "weights",
                    "selection.weights.sum",
                    "The weights sum to " + sum.stripTrailingZeros().toPlainString() + ", not 1",
                    sum.stripTrailingZeros().toPlainString());
        }
        return new SelectionWeights(weights);
    }

    public BigDecimal of(Parameter p) {
        return weights.get(p);
    }

    /** As the API writes them: {@code {"IKBT":0.25, ...}}. */
    public Map<String, BigDecimal> byName() {
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        weights.forEach((p, w) -> named.put(p.name().toUpperCase(Locale.ROOT), w.stripTrailingZeros()));
        return named;
    }
}
