package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ranks regions by their shown final score (docs/method.md, <i>nilai final</i>), highest first, nationally, within
 * their track and within their kind. Standard competition ranking: equal shown finals share a rank and the next
 * rank skips accordingly (1, 2, 2, 4).
 */
public final class Ranking {

    private static final Comparator<RankInput> BEST_FIRST =
            Comparator.comparing(RankInput::finalShown).reversed().thenComparing(RankInput::key);

    private Ranking() {}

    /**
     * The ranks of every region, keyed by {@link RankInput#key()}, in national rank order.
     *
     * @throws IllegalArgumentException when two inputs share a key
     */
    public static Map<String, Ranks> rank(Collection<RankInput> regions) {
        List<RankInput> sorted = new ArrayList<>(regions);
        sorted.sort(BEST_FIRST);
        Map<String, Integer> national = competitionRanks(sorted, region -> "");
        Map<String, Integer> inTrack = competitionRanks(sorted, RankInput::track);
        Map<String, Integer> inKind = competitionRanks(sorted, RankInput::kind);
        Map<String, Ranks> ranks = new LinkedHashMap<>();
        for (RankInput region : sorted) {
            String key = region.key();
            if (ranks.put(key, new Ranks(national.get(key), inTrack.get(key), inKind.get(key))) != null) {
                throw new IllegalArgumentException("region " + key + " is ranked twice");
            }
        }
        return ranks;
    }

    /** Ranks within each group of {@code sorted} (best first): 1 + number of better regions in the group. */
    private static Map<String, Integer> competitionRanks(List<RankInput> sorted, Function<RankInput, String> group) {
        Map<String, Integer> seenInGroup = new HashMap<>();
        Map<String, RankInput> previousInGroup = new HashMap<>();
        Map<String, Integer> rankOfKey = new HashMap<>();
        for (RankInput region : sorted) {
            String groupKey = group.apply(region);
            int position = seenInGroup.merge(groupKey, 1, Integer::sum);
            RankInput previous = previousInGroup.put(groupKey, region);
            boolean tied = previous != null && sameScore(previous.finalShown(), region.finalShown());
            rankOfKey.put(region.key(), tied ? rankOfKey.get(previous.key()) : position);
        }
        return rankOfKey;
    }

    private static boolean sameScore(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
