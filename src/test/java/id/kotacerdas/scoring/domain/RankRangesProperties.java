package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the rank ranges (docs/method.md 10.3) over random tables of both 2024 tracks. */
class RankRangesProperties {

    private static final List<TrackWeights> TRACKS = List.of(Weights2024.REGULER, Weights2024.KPPN_IKN);
    private static final String[] DIMENSIONS = {"BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN", "COLLABORATION"
    };

    @Property(tries = 200)
    void without_perturbation_every_range_is_the_official_rank(@ForAll("tables") List<RangeInput> table) {
        Map<String, RankRange> ranges = RankRanges.of(table, TRACKS, new WeightPerturbation(0));

        Map<String, Ranks> official = RankRangesTest.officialRanks(table);
        ranges.forEach((region, range) -> {
            assertThat(range.low())
                    .isEqualTo(range.high())
                    .isEqualTo(official.get(region).national());
            assertThat(range.trackLow())
                    .isEqualTo(range.trackHigh())
                    .isEqualTo(official.get(region).inTrack());
        });
    }

    @Property(tries = 30)
    void ranges_widen_as_the_perturbation_grows(
            @ForAll("tables") List<RangeInput> table,
            @ForAll @IntRange(max = 9) int smaller,
            @ForAll @IntRange(min = 1, max = 10) int step) {
        int larger = Math.min(WeightPerturbation.MAX_PERCENTAGE_POINTS, smaller + step);

        Map<String, RankRange> narrow = RankRanges.of(table, TRACKS, new WeightPerturbation(smaller));
        Map<String, RankRange> wide = RankRanges.of(table, TRACKS, new WeightPerturbation(larger));

        narrow.forEach((region, range) -> {
            RankRange wider = wide.get(region);
            assertThat(wider.rank()).isEqualTo(range.rank());
            assertThat(wider.low()).isLessThanOrEqualTo(range.low());
            assertThat(wider.high()).isGreaterThanOrEqualTo(range.high());
            assertThat(wider.trackLow()).isLessThanOrEqualTo(range.trackLow());
            assertThat(wider.trackHigh()).isGreaterThanOrEqualTo(range.trackHigh());
        });
    }

    @Property(tries = 30)
    void a_region_ahead_in_every_dimension_keeps_rank_1(
            @ForAll("tables") List<RangeInput> table, @ForAll @IntRange(max = 10) int points) {
        BigDecimal best = table.stream()
                .flatMap(r -> r.scores().values().stream())
                .max(BigDecimal::compareTo)
                .orElseThrow();
        Map<String, BigDecimal> ahead = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            ahead.put(dimension, best);
        }
        List<RangeInput> withLeader = new ArrayList<>(table);
        withLeader.add(new RangeInput("leader", "KPPN_IKN", ahead));

        RankRange leader = RankRanges.of(withLeader, TRACKS, new WeightPerturbation(points))
                .get("leader");

        assertThat(leader).isEqualTo(new RankRange(1, 1, 1, 1, 1, 1));
    }

    @Property(tries = 20)
    void the_same_table_gives_the_same_ranges(
            @ForAll("tables") List<RangeInput> table, @ForAll @IntRange(max = 10) int points) {
        WeightPerturbation perturbation = new WeightPerturbation(points);

        assertThat(RankRanges.of(table, TRACKS, perturbation)).isEqualTo(RankRanges.of(table, TRACKS, perturbation));
    }

    /** 1 to 30 regions on either track, scores 1.00 to 4.00 with 2 decimals (so ties are frequent). */
    @Provide
    Arbitrary<List<RangeInput>> tables() {
        Arbitrary<BigDecimal> score = Arbitraries.integers().between(100, 400).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<RangeInput> region = Combinators.combine(
                        Arbitraries.of("REGULER", "KPPN_IKN"), score.list().ofSize(DIMENSIONS.length))
                .as((track, scores) -> {
                    Map<String, BigDecimal> byDimension = new LinkedHashMap<>();
                    for (int d = 0; d < DIMENSIONS.length; d++) {
                        byDimension.put(DIMENSIONS[d], scores.get(d));
                    }
                    return new RangeInput("", track, byDimension);
                });
        return region.list().ofMinSize(1).ofMaxSize(30).map(regions -> {
            List<RangeInput> keyed = new ArrayList<>();
            for (int r = 0; r < regions.size(); r++) {
                keyed.add(new RangeInput(
                        "r" + r, regions.get(r).track(), regions.get(r).scores()));
            }
            return keyed;
        });
    }
}
