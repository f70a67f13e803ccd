package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void tied_regions_share_a_rank_and_the_next_rank_is_skipped() {
        Map<String, Ranks> ranks = Ranking.rank(List.of(
                region("d", "REGULER", "KOTA", "2.50"),
                region("a", "REGULER", "KABUPATEN", "3.80"),
                region("b", "REGULER", "KOTA", "3.10"),
                region("c", "REGULER", "KABUPATEN", "3.1")));

        assertThat(ranks.keySet()).containsExactly("a", "b", "c", "d");
        assertThat(ranks.values()).extracting(Ranks::national).containsExactly(1, 2, 2, 4);
    }

    @Test
    void regions_are_also_ranked_within_their_track_and_their_kind() {
        Map<String, Ranks> ranks = Ranking.rank(List.of(
                region("badung", "REGULER", "KABUPATEN", "3.08"),
                region("banggai", "REGULER", "KABUPATEN", "3.07"),
                region("demak", "KPPN_IKN", "KABUPATEN", "3.80"),
                region("surakarta", "REGULER", "KOTA", "3.50"),
                region("karo", "KPPN_IKN", "KABUPATEN", "2.26")));

        assertThat(ranks.get("demak")).isEqualTo(new Ranks(1, 1, 1));
        assertThat(ranks.get("surakarta")).isEqualTo(new Ranks(2, 1, 1));
        assertThat(ranks.get("badung")).isEqualTo(new Ranks(3, 2, 2));
        assertThat(ranks.get("banggai")).isEqualTo(new Ranks(4, 3, 3));
        assertThat(ranks.get("karo")).isEqualTo(new Ranks(5, 2, 4));
    }

    @Test
    void ties_within_a_track_skip_ranks_within_that_track_only() {
        Map<String, Ranks> ranks = Ranking.rank(List.of(
                region("a", "REGULER", "KOTA", "3.00"),
                region("b", "KPPN_IKN", "KOTA", "3.00"),
                region("c", "REGULER", "KOTA", "3.00"),
                region("d", "REGULER", "KOTA", "2.00")));

        assertThat(ranks.get("d")).isEqualTo(new Ranks(4, 3, 4));
        assertThat(ranks.get("b")).isEqualTo(new Ranks(1, 1, 1));
    }

    @Test
    void nothing_to_rank_gives_no_ranks() {
        assertThat(Ranking.rank(List.of())).isEmpty();
    }

    @Test
    void a_region_ranked_twice_is_rejected() {
        assertThatThrownBy(() -> Ranking.rank(
                        List.of(region("a", "REGULER", "KOTA", "3.00"), region("a", "REGULER", "KOTA", "2.00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RankInput region(String key, String track, String kind, String finalShown) {
        return new RankInput(key, track, kind, new BigDecimal(finalShown));
    }
}
