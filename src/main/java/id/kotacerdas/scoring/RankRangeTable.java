package id.kotacerdas.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How robust every rank of a period's national table is (docs/method.md 10.3): each region's national rank and
 * the best and worst it takes when every weight moves by up to ± {@code perturbation} percentage points (each
 * track's weights renormalised to 100%), over {@code weightVectors} fixed weight vectors, and the same within its
 * track. In national rank order. Empty, with the problems, while a track's weights are invalid.
 *
 * @param perturbation the largest move of a weight, in percentage points
 * @param weightVectors how many weight vectors were tried (the published weights among them)
 * @param seed the seed of the drawn weight vectors ({@code seed + k} for level k)
 * @param drawsPerPoint level k draws k times this many vectors, besides the corners of its box
 * @param dimensions the dimensions whose weights move, in the order the moves are drawn
 */
public record RankRangeTable(
        int year,
        int perturbation,
        int weightVectors,
        long seed,
        int drawsPerPoint,
        List<String> dimensions,
        List<String> weightProblems,
        List<RegionRankRange> regions) {

    /** One region's ranks: national, with the range, and within its track. */
    public record RegionRankRange(
            String regionCode,
            String regionName,
            String track,
            int rank,
            int rankLow,
            int rankHigh,
            int trackRank,
            int trackRankLow,
            int trackRankHigh) {}

    public Optional<RegionRankRange> region(String regionCode) {
        return regions.stream().filter(r -> r.regionCode().equals(regionCode)).findFirst();
    }

    /** The ranges by region code, for a page listing many regions. */
    public Map<String, RegionRankRange> byRegion() {
        return regions.stream().collect(Collectors.toMap(RegionRankRange::regionCode, Function.identity()));
    }
}
