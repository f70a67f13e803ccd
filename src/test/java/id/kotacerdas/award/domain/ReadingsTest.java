package id.kotacerdas.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.support.TestData;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each measure's number and its working: at 2 decimals, half up, computed from what the results hold. */
class ReadingsTest {

    private static final Entrant BADUNG = new Entrant("51.03", "Kabupaten Badung", "KABUPATEN", "REGULER");

    @Test
    void badungs_smart_governance_outcome_is_the_mean_of_questions_17_to_22() {
        Map<Integer, BigDecimal> scores = new HashMap<>();
        for (String[] row : TestData.tsvRows(TestData.BADUNG_2024_QUESTION_SCORES)) {
            scores.put(Integer.parseInt(row[0]), new BigDecimal(row[1].replace(',', '.')));
        }

        Competitor c = Readings.smartOutcome(BADUNG, List.of(17, 18, 19, 20, 21, 22), scores);

        assertThat(c.value()).isEqualByComparingTo("3.40");
        assertThat(c.working()).isEqualTo("(3.8 + 4 + 3.2 + 3 + 3 + 3.4) / 6 = 20.4 / 6 = 3.40");
        assertThat(c.source()).isEqualTo("QUESTIONS");
    }

    @Test
    void a_mean_is_rounded_half_up_once_from_its_sum() {
        Map<Integer, BigDecimal> scores = Map.of(1, d("4"), 2, d("4"), 3, d("4"), 4, d("4"), 5, d("4"), 6, d("3"));
        assertThat(Readings.smartOutcome(BADUNG, List.of(1, 2, 3, 4, 5, 6), scores)
                        .value())
                .isEqualByComparingTo("3.83");
        // 2.125 lies exactly on half a cent: half up gives 2.13
        Map<Integer, BigDecimal> half = Map.of(1, d("2"), 2, d("2"), 3, d("2.2"), 4, d("2.3"));
        assertThat(Readings.smartOutcome(BADUNG, List.of(1, 2, 3, 4), half).value())
                .isEqualByComparingTo("2.13");
    }

    @Test
    void a_region_missing_a_question_score_has_no_number() {
        Competitor c = Readings.smartOutcome(BADUNG, List.of(17, 18), Map.of(17, d("4")));

        assertThat(c.ranked()).isFalse();
        assertThat(c.source()).isEqualTo("NO_QUESTION_SCORES");
    }

    @Test
    void an_improvement_computed_from_last_year_shows_the_subtraction() {
        Competitor computed = Readings.improvement(BADUNG, d("3.89"), d("0.69"), "COMPUTED");
        Competitor published = Readings.improvement(BADUNG, d("3.08"), d("0.11"), "PUBLISHED");
        Competitor none = Readings.improvement(BADUNG, d("3.08"), null, null);

        assertThat(computed.working()).isEqualTo("3.89 \u2212 3.20 = 0.69");
        assertThat(published.working()).isEqualTo("0.11");
        assertThat(published.source()).isEqualTo("PUBLISHED");
        assertThat(none.ranked()).isFalse();
    }

    @Test
    void a_dimension_and_the_final_are_read_as_the_table_shows_them() {
        assertThat(Readings.dimension(BADUNG, "OUTCOME", d("3.27")).working()).isEqualTo("OUTCOME = 3.27");
        assertThat(Readings.dimension(BADUNG, "COLLABORATION", null).source()).isEqualTo("NO_SCORE");
        Competitor fin = Readings.finalScore(BADUNG, d("3.08"), "0.10 × 3.56 + … = 3.08");
        assertThat(fin.value()).isEqualByComparingTo("3.08");
        assertThat(fin.working()).isEqualTo("0.10 × 3.56 + … = 3.08");
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
