package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a region's final changed over the periods shown: its final in the latest of them minus its final in the
 * earliest, both as the tables show them (2 decimals), so the difference is exact. Unlike the improvement, which
 * compares with the year just before, this spans every period shown, whatever lies between.
 */
public record TrendChange(int fromYear, int toYear, BigDecimal fromFinal, BigDecimal toFinal, BigDecimal change) {

    /** The change between the first and the last year with a final; null with fewer than two such years. */
    public static TrendChange of(Map<Integer, BigDecimal> finalsByYear) {
        NavigableMap<Integer, BigDecimal> finals = new TreeMap<>();
        finalsByYear.forEach((year, value) -> {
            if (value != null) {
                finals.put(year, value);
            }
        });
        if (finals.size() < 2) {
            return null;
        }
        Map.Entry<Integer, BigDecimal> first = finals.firstEntry();
        Map.Entry<Integer, BigDecimal> last = finals.lastEntry();
        return new TrendChange(
                first.getKey(),
                last.getKey(),
                first.getValue(),
                last.getValue(),
                last.getValue().subtract(first.getValue()));
    }

    public TrendChange {
        Objects.requireNonNull(change, "change");
    }
}
