package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A candidate region as loaded: its values by parameter (a parameter left blank is missing), and the KKD category
 * when KKD was given as one.
 *
 * @param line the line or row of the file it was loaded from
 * @param kkdCategory TINGGI / SEDANG / RENDAH as written, or null when KKD was a number or missing
 */
public record Candidate(String regionCode, int line, Map<Parameter, BigDecimal> values, Kkd kkdCategory) {

    public Candidate {
        EnumMap<Parameter, BigDecimal> copy = new EnumMap<>(Parameter.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** Whether all four parameters are there: only a complete candidate is normalised and ranked. */
    public boolean complete() {
        return values.size() == Parameter.values().length;
    }

    /** The parameters it lacks, in column order. */
    public List<Parameter> missing() {
        return Set.of(Parameter.values()).stream()
                .filter(p -> !values.containsKey(p))
                .sorted()
                .toList();
    }

    public BigDecimal value(Parameter p) {
        return values.get(p);
    }
}
