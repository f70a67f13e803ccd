package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a period's finals spread over the 0–4 scale: 16 bins of equal width 0.25, the same in every period so periods
 * compare bin by bin. A bin holds the finals from its lower bound (included) to its upper bound (excluded); the last
 * bin also holds 4.00. A final is on the scale by construction (dimension scores 1–4, or 0 when missing, and weights
 * summing to 1); one outside it would be counted in the nearest end bin. Each bin also counts its finals per track.
 */
public record Histogram(BigDecimal width, List<FinalsBin> bins) {

    public static final BigDecimal LOWER = BigDecimal.ZERO;
    public static final BigDecimal UPPER = new BigDecimal("4.00");
    public static final BigDecimal WIDTH = new BigDecimal("0.25");

    /** One bin: {@code from} ≤ final &lt; {@code to} (≤ for the last), how many, and how many of each track. */
    public record FinalsBin(BigDecimal from, BigDecimal to, int count, Map<String, Integer> byTrack) {}

    public Histogram {
        bins = List.copyOf(bins);
    }

    /** The bins of these finals (regions without a final are left out), counting per track in {@code tracks}' order. */
    public static Histogram of(List<RegionFinal> finals, List<String> tracks) {
        int size = UPPER.subtract(LOWER).divide(WIDTH).intValueExact();
        int[] counts = new int[size];
        List<Map<String, Integer>> perTrack = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Integer> zero = new LinkedHashMap<>();
            tracks.forEach(t -> zero.put(t, 0));
            perTrack.add(zero);
        }
        for (RegionFinal f : finals) {
            if (!f.hasFinal()) {
                continue;
            }
            int index = index(f.finalScore(), size);
            counts[index]++;
            perTrack.get(index).merge(f.track(), 1, Integer::sum);
        }
        List<FinalsBin> bins = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            BigDecimal from = LOWER.add(WIDTH.multiply(BigDecimal.valueOf(i)));
            bins.add(new FinalsBin(from, from.add(WIDTH), counts[i], Collections.unmodifiableMap(perTrack.get(i))));
        }
        return new Histogram(WIDTH, bins);
    }

    /** The bin of a value: ⌊(value − lower) / width⌋, with the upper bound itself in the last bin. */
    static int index(BigDecimal value, int size) {
        int index = value.subtract(LOWER).divideToIntegralValue(WIDTH).intValue();
        return Math.max(0, Math.min(size - 1, index));
    }

    /** The number of finals counted in every bin together. */
    public int total() {
        return bins.stream().mapToInt(FinalsBin::count).sum();
    }
}
