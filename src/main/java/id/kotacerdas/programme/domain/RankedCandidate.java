package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate as the selection sees it, with how its composite was computed.
 *
 * @param status {@link Status#RANKED} (complete, competing), {@link Status#EARLIER_COHORT} (complete, already in
 *     an earlier cohort: computed, not ranked, not proposed unless the administrator includes it) or
 *     {@link Status#INCOMPLETE} (a parameter missing: nothing computed)
 * @param normalised each parameter's min-max normalised value, 0..1 at six decimals (empty when incomplete)
 * @param products each parameter's weight × normalised value (empty when incomplete)
 * @param composite the sum of the products, exact (null when incomplete)
 * @param rank competition rank among the ranked candidates, 1 the highest composite (null unless ranked)
 * @param proposed within the quota; a candidate tied at the cut-off is not proposed but {@code tiedAtCutoff}
 * @param earlierCohortYear the year of the earlier cohort the region is in (null when none)
 */
public record RankedCandidate(
        String regionCode,
        int line,
        Status status,
        Map<Parameter, BigDecimal> values,
        Kkd kkdCategory,
        List<Parameter> missing,
        Map<Parameter, BigDecimal> normalised,
        Map<Parameter, BigDecimal> products,
        BigDecimal composite,
        Integer rank,
        boolean proposed,
        boolean tiedAtCutoff,
        Integer earlierCohortYear) {

    public enum Status {
        RANKED,
        EARLIER_COHORT,
        INCOMPLETE
    }

    public RankedCandidate {
        values = copy(values);
        normalised = copy(normalised);
        products = copy(products);
        missing = List.copyOf(missing);
    }

    private static Map<Parameter, BigDecimal> copy(Map<Parameter, BigDecimal> map) {
        EnumMap<Parameter, BigDecimal> copy = new EnumMap<>(Parameter.class);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}
