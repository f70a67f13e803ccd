package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImprovementLeadersTest {

    private static final List<ImprovementLeaders.Leader> RANKED = ImprovementLeaders.rank(KnownTable.ALL);

    @Test
    void regions_are_ranked_by_improvement_ties_sharing_a_rank_and_listed_by_name() {
        assertThat(RANKED)
                .extracting(l -> l.rank() + " " + l.region().regionName())
                .containsExactly(
                        "1 Kota Surakarta",
                        "2 Kabupaten Badung",
                        "3 Kabupaten Karo",
                        "3 Kota Denpasar",
                        "5 Kabupaten Tabanan");
    }

    @Test
    void a_region_without_an_improvement_is_not_ranked() {
        assertThat(RANKED).extracting(l -> l.region().regionCode()).doesNotContain("33.05", "33.01");
    }

    @Test
    void a_tie_at_the_last_place_is_not_broken_every_tied_region_leads() {
        ImprovementLeaders leaders = ImprovementLeaders.of(RANKED, 3);

        assertThat(leaders.leaders())
                .extracting(l -> l.region().regionName())
                .containsExactly("Kota Surakarta", "Kabupaten Badung", "Kabupaten Karo", "Kota Denpasar");
        assertThat(leaders.tiedAtCutoff()).isTrue();
        assertThat(leaders.ranked()).isEqualTo(5);
        assertThat(leaders.largest()).isEqualByComparingTo("0.40");
    }

    @Test
    void without_a_tie_at_the_last_place_the_leaders_are_exactly_the_top() {
        ImprovementLeaders leaders = ImprovementLeaders.of(RANKED, 2);

        assertThat(leaders.leaders()).hasSize(2);
        assertThat(leaders.tiedAtCutoff()).isFalse();
        assertThat(ImprovementLeaders.of(RANKED, 100).leaders()).hasSize(5);
    }

    @Test
    void at_least_one_place_is_asked_for() {
        assertThatThrownBy(() -> ImprovementLeaders.of(RANKED, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
