package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A panel's agreement: alpha over all questions and per dimension, the questions that spread most, the floor. */
class PanelAgreementTest {

    @Test
    void a_panel_that_agrees_on_every_question_has_alpha_one_overall_and_per_dimension() {
        int[] scores = Sheets.varied(115, 0, 1);
        Map<String, int[]> panel = new LinkedHashMap<>();
        for (String a : new String[] {"a", "b", "c", "d", "e"}) {
            panel.put(a, scores);
        }

        PanelAgreement agreement = PanelAgreement.of(Sheets.sheet("51.03", panel, Sheets::dimension2024));

        assertThat(agreement.raters()).isEqualTo(5);
        assertThat(agreement.items()).isEqualTo(115);
        assertThat(agreement.krippendorffAlpha().interval()).isEqualByComparingTo("1");
        assertThat(agreement.krippendorffAlpha().ordinal()).isEqualByComparingTo("1");
        assertThat(agreement.dimensions())
                .extracting(DimensionAgreement::dimension)
                .containsExactly("BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN");
        assertThat(agreement.dimensions())
                .allSatisfy(d -> assertThat(d.krippendorffAlpha().interval()).isEqualByComparingTo("1"));
        assertThat(agreement.mostSpread()).isEmpty();
        assertThat(agreement.belowFloor()).isFalse();
    }

    @Test
    void the_questions_that_spread_most_come_first_and_a_panel_of_random_scores_is_flagged() {
        Map<String, int[]> panel = new LinkedHashMap<>();
        panel.put("a", new int[] {1, 2, 3, 4, 1, 2});
        panel.put("b", new int[] {4, 2, 3, 1, 2, 3});
        panel.put("c", new int[] {1, 3, 3, 4, 3, 1});

        PanelAgreement agreement = PanelAgreement.of(Sheets.sheet("51.03", panel, no -> "OUTPUT"));

        // question 1: 1, 4, 1 (sd 1.73, spread 3); question 4: 4, 1, 4 (sd 1.73); question 5: 1, 2, 3 (sd 1)
        assertThat(agreement.mostSpread()).extracting(SpreadQuestion::no).containsExactly(1, 4, 5, 6, 2);
        assertThat(agreement.mostSpread().get(0).sd()).isEqualByComparingTo("1.73");
        assertThat(agreement.mostSpread().get(0).spread()).isEqualTo(3);
        assertThat(agreement.mostSpread().get(0).scores())
                .containsExactly(Map.entry("a", 1), Map.entry("b", 4), Map.entry("c", 1));
        assertThat(agreement.belowFloor()).isTrue();
        assertThat(agreement.krippendorffAlpha().interval()).isNegative();
    }

    @Test
    void a_panel_of_one_submitted_assessor_has_no_alpha_and_is_not_flagged() {
        Map<String, int[]> panel = new LinkedHashMap<>();
        panel.put("a", Sheets.varied(115, 0, 1));

        PanelAgreement agreement = PanelAgreement.of(Sheets.sheet("51.03", panel, Sheets::dimension2024));

        assertThat(agreement.raters()).isEqualTo(1);
        assertThat(agreement.items()).isZero();
        assertThat(agreement.krippendorffAlpha().defined()).isFalse();
        assertThat(agreement.belowFloor()).isFalse();
    }
}
