package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How the panels' interval alphas of a period spread: how many panels, how many have an alpha, how many are under
 * the floor, the lowest, median and highest, and counts in bins cut at Krippendorff's conventional points (0.667
 * for tentative conclusions, 0.8 for reliable ones). A bin holds {@code from ≤ α < to}; the first has no lower
 * bound, the last includes 1.
 */
public record AlphaDistribution(
        int panels,
        int withAlpha,
        int belowFloor,
        BigDecimal lowest,
        BigDecimal median,
        BigDecimal highest,
        List<AlphaBin> bins) {

    public record AlphaBin(BigDecimal from, BigDecimal to, int panels) {}

    private static final List<BigDecimal> CUTS = List.of(
            BigDecimal.ZERO,
            new BigDecimal("0.2"),
            new BigDecimal("0.4"),
            new BigDecimal("0.6"),
            Alpha.FLOOR,
            new BigDecimal("0.8"),
            BigDecimal.ONE);

    public static AlphaDistribution of(Collection<Alpha> alphas) {
        List<BigDecimal> values = alphas.stream()
                .map(Alpha::interval)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        int[] counts = new int[CUTS.size()];
        for (BigDecimal value : values) {
            counts[bin(value)]++;
        }
        List<AlphaBin> bins = new ArrayList<>();
        for (int i = 0; i < CUTS.size(); i++) {
            bins.add(new AlphaBin(i == 0 ? null : CUTS.get(i - 1), CUTS.get(i), counts[i]));
        }
        return new AlphaDistribution(
                alphas.size(),
                values.size(),
                (int) alphas.stream().filter(Alpha::belowFloor).count(),
                values.isEmpty() ? null : values.get(0),
                median(values),
                values.isEmpty() ? null : values.get(values.size() - 1),
                List.copyOf(bins));
    }

    private static int bin(BigDecimal value) {
        for (int i = 0; i < CUTS.size() - 1; i++) {
            if (value.compareTo(CUTS.get(i)) < 0) {
                return i;
            }
        }
        return CUTS.size() - 1;
    }

    /** The middle value, or the mean of the two middle ones (to 3 decimals, half-up); null without values. */
    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_UP);
    }
}
