package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The regions of a period ranked by their improvement on the year before, largest first, with standard competition
 * ranks (1, 2, 2, 4): equal improvements share a rank and are listed by name. The leaders are the regions ranked
 * within the first {@code top} places; a tie at the last place is never broken, so every region sharing that rank is
 * a leader and the list may be longer than {@code top} ({@link #tiedAtCutoff}). Regions without an improvement (no
 * earlier final held or published) are not ranked.
 */
public record ImprovementLeaders(int top, int ranked, List<Leader> leaders, boolean tiedAtCutoff) {

    /** A ranked region. */
    public record Leader(int rank, RegionFinal region) {}

    private static final Comparator<RegionFinal> LARGEST_FIRST = Comparator.comparing(RegionFinal::improvement)
            .reversed()
            .thenComparing(RegionFinal::regionName)
            .thenComparing(RegionFinal::regionCode);

    public ImprovementLeaders {
        leaders = List.copyOf(leaders);
    }

    /** Every region with an improvement, ranked. */
    public static List<Leader> rank(List<RegionFinal> regions) {
        List<RegionFinal> sorted = regions.stream()
                .filter(r -> r.improvement() != null)
                .sorted(LARGEST_FIRST)
                .toList();
        List<Leader> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tied = i > 0
                    && sorted.get(i).improvement().compareTo(sorted.get(i - 1).improvement()) == 0;
            ranked.add(new Leader(tied ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }

    /** The leaders among regions already {@linkplain #rank ranked}: those ranked {@code top} or better. */
    public static ImprovementLeaders of(List<Leader> ranked, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1");
        }
        List<Leader> leaders = ranked.stream().filter(l -> l.rank() <= top).toList();
        return new ImprovementLeaders(top, ranked.size(), leaders, leaders.size() > top);
    }

    /** The largest improvement, null when no region has one. */
    public BigDecimal largest() {
        return leaders.isEmpty() ? null : leaders.get(0).region().improvement();
    }
}
