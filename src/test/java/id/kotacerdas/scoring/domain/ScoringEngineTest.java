package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private static final TrackWeights TWO_HALVES = Weights2024.weights("T", "A=0.5 B=0.5");

    @Test
    void regular_track_weights_outcome_thirty_percent() {
        Map<String, BigDecimal> onlyOutcome = Map.of("OUTCOME", new BigDecimal("4"));

        RegionScore score = ScoringEngine.fromDimensionScores(Weights2024.REGULER, onlyOutcome);

        assertThat(score.dimension("OUTCOME").orElseThrow().contribution()).isEqualByComparingTo("1.2");
        assertThat(score.finalShown()).isEqualByComparingTo("1.20");
    }

    @Test
    void collaboration_is_not_part_of_a_regular_score() {
        Map<String, BigDecimal> given = Map.of("BASELINE", BigDecimal.ONE, "COLLABORATION", new BigDecimal("4"));

        RegionScore score = ScoringEngine.fromDimensionScores(Weights2024.REGULER, given);

        assertThat(score.dimension("COLLABORATION")).isEmpty();
        assertThat(score.dimensions()).hasSize(5);
        assertThat(score.finalScore()).isEqualByComparingTo("0.1");
    }

    @Test
    void kppn_ikn_collaboration_takes_its_given_score_beside_the_questions() {
        List<AssessedQuestion> assessed = List.of(
                AssessedQuestion.of(1, "BASELINE", 4, 4, 4, 4, 4),
                AssessedQuestion.of(6, "OUTPUT", 2, 2, 2, 2, 2),
                AssessedQuestion.of(17, "OUTCOME", 3, 3, 3, 3, 3),
                AssessedQuestion.of(50, "IMPACT", 1, 1, 1, 1, 1),
                AssessedQuestion.of(104, "QUICK_WIN", 2, 2, 2, 2, 2));

        RegionScore score = ScoringEngine.fromAssessments(
                Weights2024.KPPN_IKN, assessed, Map.of("COLLABORATION", new BigDecimal("3.5")));

        DimensionResult collaboration = score.dimension("COLLABORATION").orElseThrow();
        assertThat(collaboration.source()).isEqualTo(DimensionSource.GIVEN);
        assertThat(collaboration.questions()).isEmpty();
        // 0.1×4 + 0.2×2 + 0.2×3 + 0.2×1 + 0.2×2 + 0.1×3.5 = 2.35
        assertThat(score.finalScore()).isEqualByComparingTo("2.35");
    }

    @Test
    void a_dimension_with_questions_ignores_a_given_score() {
        RegionScore score = ScoringEngine.fromQuestions(
                TWO_HALVES,
                List.of(QuestionScore.given(1, "A", new BigDecimal("2")), QuestionScore.given(2, "B", BigDecimal.ONE)),
                Map.of("A", new BigDecimal("4")));

        assertThat(score.dimension("A").orElseThrow().score()).isEqualByComparingTo("2");
        assertThat(score.dimension("A").orElseThrow().source()).isEqualTo(DimensionSource.QUESTIONS);
    }

    @Test
    void questions_of_an_unweighted_dimension_are_ignored() {
        RegionScore score = ScoringEngine.fromQuestions(
                TWO_HALVES,
                List.of(
                        QuestionScore.given(1, "A", new BigDecimal("2")),
                        QuestionScore.given(2, "B", new BigDecimal("2")),
                        QuestionScore.given(3, "C", new BigDecimal("4"))),
                Map.of());

        assertThat(score.dimensions()).extracting(DimensionResult::code).containsExactly("A", "B");
        assertThat(score.finalScore()).isEqualByComparingTo("2");
    }

    @Test
    void dimension_score_keeps_full_precision_and_shows_two_decimals() {
        RegionScore score = ScoringEngine.fromQuestions(
                TWO_HALVES,
                List.of(
                        QuestionScore.given(1, "A", new BigDecimal("3")),
                        QuestionScore.given(2, "A", new BigDecimal("3")),
                        QuestionScore.given(3, "A", new BigDecimal("4")),
                        QuestionScore.given(4, "B", new BigDecimal("3"))),
                Map.of());

        DimensionResult a = score.dimension("A").orElseThrow();
        assertThat(a.score()).isEqualByComparingTo("3.333333333333333");
        assertThat(a.shown()).isEqualTo(new BigDecimal("3.33"));
        assertThat(a.contribution()).isEqualByComparingTo("1.6666666666666665");
        assertThat(score.dimension("B").orElseThrow().questions()).hasSize(1);
    }

    @Test
    void dimensions_follow_the_order_of_the_weights() {
        TrackWeights reversed = Weights2024.weights("T", "B=0.5 A=0.5");

        RegionScore score = ScoringEngine.fromDimensionScores(reversed, Map.of());

        assertThat(score.dimensions()).extracting(DimensionResult::code).containsExactly("B", "A");
        assertThat(score.dimensions())
                .allSatisfy(d -> assertThat(d.source()).isEqualTo(DimensionSource.MISSING_COUNTED_AS_ZERO));
        assertThat(score.finalShown()).isEqualTo(new BigDecimal("0.00"));
    }
}
