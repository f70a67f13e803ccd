package id.kotacerdas.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Higher first, ties share a rank and are never broken, a tie at the cut-off proposes all of it and is reported. */
class AwardRankingTest {

    @Test
    void regions_are_ranked_higher_first_and_those_within_the_places_are_proposed() {
        Proposal p = AwardRanking.propose(
                List.of(region("A", "3.10"), region("B", "3.50"), region("C", "2.90"), region("D", "3.20")), 2);

        assertThat(p.ranked()).extracting(Standing::regionCode).containsExactly("B", "D", "A", "C");
        assertThat(p.ranked()).extracting(Standing::rank).containsExactly(1, 2, 3, 4);
        assertThat(p.proposed()).extracting(Standing::regionCode).containsExactly("B", "D");
        assertThat(p.tieAtCutoff()).isNull();
        assertThat(p.ranked()).noneMatch(Standing::tiedAtCutoff);
    }

    @Test
    void a_tie_at_the_cut_off_is_reported_and_every_tied_region_proposed() {
        Proposal p = AwardRanking.propose(
                List.of(region("A", "3.20"), region("B", "3.50"), region("C", "3.20"), region("D", "3.10")), 2);

        assertThat(p.ranked()).extracting(Standing::rank).containsExactly(1, 2, 2, 4);
        assertThat(p.proposed()).extracting(Standing::regionCode).containsExactly("B", "A", "C");
        assertThat(p.tieAtCutoff()).isEqualTo(new Cutoff(2, 2, 1));
        assertThat(p.ranked())
                .filteredOn(Standing::tiedAtCutoff)
                .extracting(Standing::regionCode)
                .containsExactly("A", "C");
    }

    @Test
    void a_tie_within_the_places_shares_a_rank_and_is_no_tie_at_the_cut_off() {
        Proposal p = AwardRanking.propose(
                List.of(region("A", "3.50"), region("B", "3.50"), region("C", "3.20"), region("D", "3.10")), 3);

        assertThat(p.ranked()).extracting(Standing::rank).containsExactly(1, 1, 3, 4);
        assertThat(p.proposed()).hasSize(3);
        assertThat(p.tieAtCutoff()).isNull();
    }

    @Test
    void a_tie_for_the_first_place_of_one_is_reported() {
        Proposal p = AwardRanking.propose(List.of(region("A", "3.5"), region("B", "3.50"), region("C", "1")), 1);

        assertThat(p.tieAtCutoff()).isEqualTo(new Cutoff(1, 2, 1));
        assertThat(p.proposed()).extracting(Standing::regionCode).containsExactly("A", "B");
    }

    @Test
    void a_region_without_a_number_is_listed_but_not_ranked() {
        Competitor none = Competitor.without(new Entrant("X", "Kabupaten X", "KABUPATEN", "REGULER"), "NO_SCORE");
        Proposal p = AwardRanking.propose(List.of(region("A", "2"), none), 3);

        assertThat(p.ranked()).extracting(Standing::regionCode).containsExactly("A");
        assertThat(p.unranked()).containsExactly(none);
        assertThat(p.competitors()).isEqualTo(1);
    }

    @Test
    void negative_numbers_rank_below_positive_ones() {
        Proposal p = AwardRanking.propose(List.of(region("A", "-0.10"), region("B", "0.05")), 1);

        assertThat(p.proposed()).extracting(Standing::regionCode).containsExactly("B");
    }

    static Competitor region(String code, String value) {
        return new Competitor(code, "Kabupaten " + code, "KABUPATEN", "REGULER", new BigDecimal(value), value, "TABLE");
    }
}
