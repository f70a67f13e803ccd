package id.kotacerdas.award.domain;

import static id.kotacerdas.award.domain.AwardRankingTest.region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jury may depart from the proposal, never without a reason; deciding a tie at the cut-off is no departure. */
class JuryDecisionTest {

    /** B 3.50 (1), A and C 3.20 (2, tied at the cut-off for 1 place left), D 3.10 (4); two places. */
    private static final Proposal TIED = AwardRanking.propose(
            List.of(region("A", "3.20"), region("B", "3.50"), region("C", "3.20"), region("D", "3.10")), 2);

    @Test
    void confirming_the_proposal_needs_only_the_note() {
        Proposal p = AwardRanking.propose(List.of(region("A", "3"), region("B", "2")), 1);

        JuryDecision d = JuryDecision.check(p, List.of("A"), "  Sesuai usulan.  ", Map.of());

        assertThat(d.note()).isEqualTo("Sesuai usulan.");
        assertThat(d.winners()).extracting(Winner::regionCode).containsExactly("A");
        assertThat(d.winners().get(0).proposed()).isTrue();
        assertThat(d.departures()).isEmpty();
    }

    @Test
    void choosing_within_a_tie_at_the_cut_off_needs_no_reason() {
        JuryDecision d = JuryDecision.check(TIED, List.of("B", "C"), "Seri diputus juri.", Map.of());

        assertThat(d.winners()).extracting(Winner::regionCode).containsExactly("B", "C");
        assertThat(d.departures()).isEmpty();
    }

    @Test
    void leaving_the_whole_tie_out_is_a_departure_that_needs_a_reason() {
        assertThatThrownBy(() -> JuryDecision.check(TIED, List.of("B"), "Hanya satu.", Map.of("A", "Kurang bukti")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("award.override.reason");
                    assertThat(e.field()).isEqualTo("reasons");
                    assertThat(e.properties()).containsEntry("region", "C");
                });
    }

    @Test
    void a_winner_below_the_places_and_a_proposed_region_left_out_each_need_a_reason() {
        Proposal p = AwardRanking.propose(List.of(region("A", "3"), region("B", "2")), 1);

        assertThatThrownBy(() -> JuryDecision.check(p, List.of("B"), "Catatan.", Map.of("A", "  ")))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.properties()).containsEntry("region", "B"));
        assertThatThrownBy(() -> JuryDecision.check(p, List.of("B"), "Catatan.", Map.of("B", "Inovasi layanan")))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.properties()).containsEntry("region", "A"));

        JuryDecision d =
                JuryDecision.check(p, List.of("B"), "Catatan.", Map.of("B", "Inovasi layanan", "A", "Temuan lapangan"));
        assertThat(d.winners().get(0).proposed()).isFalse();
        assertThat(d.departures())
                .containsExactly(
                        new Departure("B", "Kabupaten B", "ADDED", "Inovasi layanan"),
                        new Departure("A", "Kabupaten A", "LEFT_OUT", "Temuan lapangan"));
    }

    @Test
    void the_note_winners_and_competitors_are_checked() {
        assertThatThrownBy(() -> JuryDecision.check(TIED, List.of("B"), " ", Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("award.note"));
        assertThatThrownBy(() -> JuryDecision.check(TIED, List.of(), "Catatan.", Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("award.winners.empty"));
        assertThatThrownBy(() -> JuryDecision.check(TIED, List.of("B", "B"), "Catatan.", Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("award.winners.duplicate"));
        assertThatThrownBy(() -> JuryDecision.check(TIED, List.of("Z"), "Catatan.", Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("award.winner.notRanked"));
    }
}
