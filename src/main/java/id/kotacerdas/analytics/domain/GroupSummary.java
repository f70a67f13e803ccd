package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The finals of a group of regions (a track, a province) in one period: how many regions have a final, their mean
 * and median, rounded half up to 2 decimals like a score, and the lowest and highest final. The mean is the sum
 * divided once by the count; the median is the middle final, or the mean of the two middle ones when the count is
 * even.
 */
public record GroupSummary(
        String code, String name, int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max) {

    /** The summary of these finals (nulls left out); mean, median, min and max are null when none is left. */
    public static GroupSummary of(String code, String name, List<BigDecimal> finals) {
        List<BigDecimal> sorted =
                finals.stream().filter(Objects::nonNull).sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return new GroupSummary(code, name, 0, null, null, null, null);
        }
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        BigDecimal median = n % 2 == 1
                ? sorted.get(n / 2).setScale(2, RoundingMode.HALF_UP)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        return new GroupSummary(code, name, n, mean, median, sorted.get(0), sorted.get(n - 1));
    }
}
