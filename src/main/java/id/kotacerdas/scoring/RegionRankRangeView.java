package id.kotacerdas.scoring;

/**
 * A region's rank range as its page and its result show it (docs/method.md 10.3): national and in-track, with the
 * perturbation and the number of weight vectors it was taken over. Null in a result while the weights are invalid.
 */
public record RegionRankRangeView(
        int rank,
        int rankLow,
        int rankHigh,
        int trackRank,
        int trackRankLow,
        int trackRankHigh,
        int perturbation,
        int weightVectors) {

    static RegionRankRangeView of(RankRangeTable table, String regionCode) {
        return table.region(regionCode)
                .map(r -> new RegionRankRangeView(
                        r.rank(),
                        r.rankLow(),
                        r.rankHigh(),
                        r.trackRank(),
                        r.trackRankLow(),
                        r.trackRankHigh(),
                        table.perturbation(),
                        table.weightVectors()))
                .orElse(null);
    }
}
