package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How robust each rank is (docs/method.md 10.3), on small tables worked by hand and on the 2024 table. */
class RankRangesTest {

    private static final List<TrackWeights> TRACKS_2024 = List.of(Weights2024.REGULER, Weights2024.KPPN_IKN);
    private static final WeightPerturbation NONE = new WeightPerturbation(0);
    private static final WeightPerturbation ONE_POINT = new WeightPerturbation(1);
    private static final String[] DIMENSIONS = {"BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN", "COLLABORATION"
    };

    @Test
    void without_perturbation_every_range_is_the_official_rank() {
        List<RangeInput> table = table2024();

        Map<String, RankRange> ranges = RankRanges.of(table, TRACKS_2024, NONE);

        Map<String, Ranks> official = officialRanks(table);
        assertThat(ranges).hasSize(70);
        ranges.forEach((region, range) -> {
            Ranks ranks = official.get(region);
            assertThat(range)
                    .as(region)
                    .isEqualTo(new RankRange(
                            ranks.national(),
                            ranks.national(),
                            ranks.national(),
                            ranks.inTrack(),
                            ranks.inTrack(),
                            ranks.inTrack()));
        });
    }

    @Test
    void a_region_far_ahead_of_the_rest_keeps_rank_1() {
        List<RangeInput> table = new ArrayList<>(table2024());
        table.add(reguler("ahead", "3.95 3.90 3.97 3.92 3.99"));

        RankRange ahead =
                RankRanges.of(table, TRACKS_2024, WeightPerturbation.standard()).get("ahead");

        assertThat(ahead).isEqualTo(new RankRange(1, 1, 1, 1, 1, 1));
    }

    @Test
    void two_regions_that_lead_in_different_dimensions_can_swap() {
        // a: 0.1·3 + 0.2·3 + 0.3·3.5 + 0.2·3 + 0.2·3 = 3.15; b, 3.6 in Output instead: 3.12. They differ by
        // 0.5·w(Outcome) − 0.6·w(Output) over the weights' sum: b passes a once Outcome loses and Output gains
        // 2.7 points each, so at ±1 point nothing moves and at ±5 they swap.
        List<RangeInput> table = List.of(reguler("a", "3 3 3.5 3 3"), reguler("b", "3 3.6 3 3 3"));

        assertThat(RankRanges.of(table, TRACKS_2024, ONE_POINT))
                .containsEntry("a", new RankRange(1, 1, 1, 1, 1, 1))
                .containsEntry("b", new RankRange(2, 2, 2, 2, 2, 2));
        assertThat(RankRanges.of(table, TRACKS_2024, WeightPerturbation.standard()))
                .containsEntry("a", new RankRange(1, 1, 2, 1, 1, 2))
                .containsEntry("b", new RankRange(2, 1, 2, 2, 1, 2));
    }

    @Test
    void equal_shown_finals_share_a_rank_as_in_the_official_ranking() {
        // a 3.075 → 3.08 and b 3.08: tied at 3.08 for rank 1; c third (not second), as Ranking ranks them
        List<RangeInput> table =
                List.of(reguler("a", "3.75 3 3 3 3"), reguler("b", "3.8 3 3 3 3"), reguler("c", "2 2 2 2 2"));

        Map<String, RankRange> ranges = RankRanges.of(table, TRACKS_2024, NONE);

        assertThat(ranges.get("a").rank()).isEqualTo(1);
        assertThat(ranges.get("b").rank()).isEqualTo(1);
        assertThat(ranges.get("c").rank()).isEqualTo(3);
    }

    @Test
    void a_kppn_ikn_region_is_ranked_in_its_track_and_nationally() {
        // Collaboration moves only KPPN-IKN finals: k's 2.6 there pulls it down, less when its weight shrinks
        List<RangeInput> table = List.of(reguler("r", "3 3 3 3 3"), kppnIkn("k", "3 3 3 3 3 2.6"));

        Map<String, RankRange> ranges = RankRanges.of(table, TRACKS_2024, WeightPerturbation.standard());

        // k: 0.9·3 + 0.1·2.6 = 2.96 under the published weights, 3 − 0.4 × w(Collaboration) / Σw when they move:
        // at best 3 − 0.4 × 0.05 / 1.20 = 2.983 → 2.98, never 3.00 (r's final under any weights), so k stays second
        assertThat(ranges.get("r")).isEqualTo(new RankRange(1, 1, 1, 1, 1, 1));
        assertThat(ranges.get("k")).isEqualTo(new RankRange(2, 2, 2, 1, 1, 1));
    }

    @Test
    void the_sample_is_the_same_on_every_run() {
        List<RangeInput> table = table2024();

        assertThat(RankRanges.of(table, TRACKS_2024, WeightPerturbation.standard()))
                .isEqualTo(RankRanges.of(table, TRACKS_2024, WeightPerturbation.standard()));
        assertThat(RankRanges.weightVectors(TRACKS_2024, WeightPerturbation.standard()))
                .isEqualTo(1 + 5 * 64 + 15 * WeightPerturbation.DRAWS_PER_POINT);
    }

    @Test
    void badung_2024_ranks_31st_within_a_range() {
        RankRange badung = RankRanges.of(table2024(), TRACKS_2024, WeightPerturbation.standard())
                .get("KAB. BADUNG");

        assertThat(badung.rank()).isEqualTo(31);
        assertThat(badung.low()).isLessThan(31);
        assertThat(badung.high()).isGreaterThan(31);
    }

    @Test
    void scores_finer_than_the_store_and_regions_given_twice_are_refused() {
        assertThatThrownBy(() -> RankRanges.of(List.of(reguler("a", "3.00000000001 3 3 3 3")), TRACKS_2024, NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 decimals");
        assertThatThrownBy(() ->
                        RankRanges.of(List.of(reguler("a", "3 3 3 3 3"), reguler("a", "2 2 2 2 2")), TRACKS_2024, NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new WeightPerturbation(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_regions_give_no_ranges() {
        assertThat(RankRanges.of(List.of(), TRACKS_2024, WeightPerturbation.standard()))
                .isEmpty();
    }

    static RangeInput reguler(String key, String scores) {
        return region(key, "REGULER", scores);
    }

    static RangeInput kppnIkn(String key, String scores) {
        return region(key, "KPPN_IKN", scores);
    }

    private static RangeInput region(String key, String track, String scores) {
        Map<String, BigDecimal> byDimension = new LinkedHashMap<>();
        String[] values = scores.split(" ");
        for (int d = 0; d < values.length; d++) {
            byDimension.put(DIMENSIONS[d], new BigDecimal(values[d]));
        }
        return new RangeInput(key, track, byDimension);
    }

    /** The published 2024 table (part A) as the ranges read it: dimension scores by region name. */
    static List<RangeInput> table2024() {
        List<RangeInput> table = new ArrayList<>();
        for (String[] row : SharedData.rows(TestData.NATIONAL_2024_PART_A)) {
            Map<String, BigDecimal> scores = new HashMap<>();
            for (int d = 0; d < DIMENSIONS.length; d++) {
                scores.put(DIMENSIONS[d], SharedData.publishedDecimal(row[2 + d]));
            }
            String track = row[10].trim().startsWith("KPPN") ? "KPPN_IKN" : "REGULER";
            table.add(new RangeInput(row[1].trim(), track, scores));
        }
        return table;
    }

    /** The ranks the national table gives, by {@link Ranking} (kind set aside). */
    static Map<String, Ranks> officialRanks(List<RangeInput> table) {
        List<RankInput> inputs = new ArrayList<>();
        for (RangeInput region : table) {
            TrackWeights weights = region.track().equals("REGULER") ? Weights2024.REGULER : Weights2024.KPPN_IKN;
            BigDecimal shown =
                    ScoringEngine.fromDimensionScores(weights, region.scores()).finalShown();
            inputs.add(new RankInput(region.key(), region.track(), "ANY", shown));
        }
        return Ranking.rank(inputs);
    }
}
