package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kab. Badung 2024 (docs/method.md): dimension scores 3.56/2.73/3.27/3.18/2.80 and final 3.08 on REGULER. */
class BadungScoringTest {

    @Test
    void badung_2024_question_scores_give_the_published_dimensions_and_final() {
        List<QuestionScore> questions = SharedData.badung2024QuestionScores();
        assertThat(questions).hasSize(115);

        RegionScore score = ScoringEngine.fromQuestions(Weights2024.REGULER, questions, Map.of());

        assertPublishedBadung2024(score);
    }

    @Test
    void badung_2024_from_five_assessors_per_question_gives_the_same_numbers() {
        List<AssessedQuestion> assessed = new ArrayList<>();
        for (QuestionScore question : SharedData.badung2024QuestionScores()) {
            assessed.add(
                    new AssessedQuestion(question.no(), question.dimension(), fiveAssessorsWithMean(question.score())));
        }

        RegionScore score = ScoringEngine.fromAssessments(Weights2024.REGULER, assessed, Map.of());

        assertPublishedBadung2024(score);
        assertThat(score.dimension("BASELINE").orElseThrow().questions().get(2).assessorScores())
                .containsExactly(4, 4, 4, 3, 3);
    }

    @Test
    void badung_2024_formula_reads_like_the_published_calculation() {
        RegionScore score =
                ScoringEngine.fromQuestions(Weights2024.REGULER, SharedData.badung2024QuestionScores(), Map.of());

        assertThat(score.formula())
                .isEqualTo("0.10 × 3.56 + 0.20 × 2.73 + 0.30 × 3.27 + 0.20 × 3.18 + 0.20 × 2.80 = 3.08");
    }

    private static void assertPublishedBadung2024(RegionScore score) {
        assertThat(score.track()).isEqualTo("REGULER");
        assertThat(score.dimensions())
                .extracting(DimensionResult::code)
                .containsExactly("BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN");
        assertThat(score.dimensions())
                .extracting(DimensionResult::shown)
                .containsExactly(decimal("3.56"), decimal("2.73"), decimal("3.27"), decimal("3.18"), decimal("2.80"));
        assertThat(score.dimensions()).allSatisfy(d -> assertThat(d.source()).isEqualTo(DimensionSource.QUESTIONS));
        assertThat(score.dimensions()).extracting(d -> d.questions().size()).containsExactly(5, 11, 33, 54, 12);
        assertThat(score.finalShown()).isEqualTo(decimal("3.08"));
    }

    /** Five integer scores 1..4 whose mean is {@code mean} (a multiple of 0.2), e.g. 3.6 → [4, 4, 4, 3, 3]. */
    static List<Integer> fiveAssessorsWithMean(BigDecimal mean) {
        int sum = mean.multiply(BigDecimal.valueOf(5)).intValueExact();
        int low = sum / 5;
        int raised = sum % 5;
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scores.add(i < raised ? low + 1 : low);
        }
        return scores;
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
