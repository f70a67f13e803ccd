package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionScoreTest {

    @Test
    void question_score_is_the_mean_of_five_assessors() {
        QuestionScore score = QuestionScore.of(AssessedQuestion.of(3, "BASELINE", 4, 4, 4, 3, 3));

        assertThat(score.score()).isEqualTo(new BigDecimal("3.6"));
        assertThat(score.assessorScores()).containsExactly(4, 4, 4, 3, 3);
        assertThat(score.dimension()).isEqualTo("BASELINE");
    }

    @Test
    void mean_of_three_assessors_keeps_sixteen_digits() {
        QuestionScore score = QuestionScore.of(AssessedQuestion.of(1, "X", 3, 3, 4));

        assertThat(score.score()).isEqualTo(new BigDecimal("3.333333333333333"));
    }

    @Test
    void large_panels_beyond_the_cached_means_give_the_same_kind_of_result() {
        Integer[] twenty = new Integer[20];
        Arrays.fill(twenty, 4);
        twenty[0] = 1;

        QuestionScore score = QuestionScore.of(new AssessedQuestion(1, "X", List.of(twenty)));

        assertThat(score.score()).isEqualTo(new BigDecimal("3.85"));
    }

    @Test
    void a_given_score_has_no_assessors() {
        QuestionScore score = QuestionScore.given(50, "IMPACT", new BigDecimal("3.42"));

        assertThat(score.assessorScores()).isEmpty();
        assertThat(score.score()).isEqualTo(new BigDecimal("3.42"));
    }

    @Test
    void assessor_scores_outside_one_to_four_are_rejected() {
        assertThatThrownBy(() -> AssessedQuestion.of(1, "X", 4, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssessedQuestion.of(1, "X", 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssessedQuestion.of(1, "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_given_score_outside_one_to_four_is_rejected() {
        assertThatThrownBy(() -> QuestionScore.given(1, "X", new BigDecimal("4.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuestionScore.given(1, "X", new BigDecimal("0.99")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
