package id.kotacerdas.programme.domain;

import static id.kotacerdas.programme.domain.SelectionEngineTest.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.programme.domain.CohortOverride.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cohort the administrator confirms: the proposal and the overrides, each with a reason. */
class CohortDecisionTest {

    private final SelectionRanking ranking = SelectionEngine.rank(
            List.of(
                    candidate("33.75", 90, 90, 90, 3),
                    candidate("33.05", 70, 70, 70, 3),
                    candidate("33.01", 50, 50, 50, 2),
                    candidate("33.02", 50, 50, 50, 2),
                    candidate("33.03", 95, 95, 95, 3),
                    candidate("33.04", 10, null, 10, 1)),
            SelectionWeights.equal(),
            3,
            Map.of("33.03", 2017));

    @Test
    void without_overrides_the_cohort_is_the_proposal() {
        // 33.01 and 33.02 tie for the third place: neither is proposed until the administrator decides
        assertThat(CohortDecision.decide(ranking, List.of()).selected()).containsExactly("33.75", "33.05");
    }

    @Test
    void the_administrator_breaks_the_tie_includes_an_earlier_cohort_region_and_drops_a_proposed_one_with_reasons() {
        CohortDecision decision = CohortDecision.decide(
                ranking,
                List.of(
                        new CohortOverride("33.02", Kind.INCLUDE, "  Komitmen kepala daerah tertulis "),
                        new CohortOverride("33.03", Kind.INCLUDE, "Angkatan 2017 belum menyusun masterplan"),
                        new CohortOverride("33.05", Kind.DROP, "Menolak menandatangani MoU")));

        assertThat(decision.selected()).containsExactly("33.75", "33.02", "33.03");
        assertThat(decision.overrides().get(0).reason()).isEqualTo("Komitmen kepala daerah tertulis");
    }

    @Test
    void every_override_needs_a_reason() {
        for (String reason : new String[] {null, "", "   ", "x".repeat(1001)}) {
            assertThatThrownBy(() ->
                            CohortDecision.decide(ranking, List.of(new CohortOverride("33.01", Kind.INCLUDE, reason))))
                    .hasFieldOrPropertyWithValue("messageKey", "selection.override.reason")
                    .hasFieldOrPropertyWithValue("field", "reason");
        }
    }

    @Test
    void an_override_must_fit_the_candidate() {
        assertThatThrownBy(
                        () -> CohortDecision.decide(ranking, List.of(new CohortOverride("33.75", Kind.INCLUDE, "x"))))
                .hasFieldOrPropertyWithValue("messageKey", "selection.override.alreadyProposed");
        assertThatThrownBy(() -> CohortDecision.decide(ranking, List.of(new CohortOverride("33.01", Kind.DROP, "x"))))
                .hasFieldOrPropertyWithValue("messageKey", "selection.override.notProposed");
        assertThatThrownBy(
                        () -> CohortDecision.decide(ranking, List.of(new CohortOverride("33.04", Kind.INCLUDE, "x"))))
                .hasFieldOrPropertyWithValue("messageKey", "selection.override.incomplete");
        assertThatThrownBy(
                        () -> CohortDecision.decide(ranking, List.of(new CohortOverride("51.03", Kind.INCLUDE, "x"))))
                .hasFieldOrPropertyWithValue("messageKey", "selection.override.notCandidate");
        assertThatThrownBy(() -> CohortDecision.decide(
                        ranking,
                        List.of(
                                new CohortOverride("33.01", Kind.INCLUDE, "x"),
                                new CohortOverride("33.01", Kind.INCLUDE, "y"))))
                .hasFieldOrPropertyWithValue("messageKey", "selection.override.twice");
        assertThatThrownBy(() -> CohortDecision.decide(
                        ranking,
                        List.of(
                                new CohortOverride("33.75", Kind.DROP, "x"),
                                new CohortOverride("33.05", Kind.DROP, "y"))))
                .hasFieldOrPropertyWithValue("messageKey", "selection.cohort.empty");
    }
}
