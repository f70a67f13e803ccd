package id.kotacerdas.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private static final SurveyForm FORM = new SurveyForm(
            2026,
            50,
            List.of(new SmartDimension(
                    "GOVERNANCE",
                    "Smart Governance",
                    List.of(
                            new SurveyQuestion(50, "Layanan Publik", "Layanan dapat diakses daring.", null),
                            new SurveyQuestion(51, "Layanan Publik", "Prosedurnya jelas.", null),
                            new SurveyQuestion(52, "Layanan Publik", "Layanan lebih cepat.", null)))));

    @Test
    void answers_come_out_in_question_order_and_unflagged() {
        CheckedSubmission checked =
                SubmissionRules.check(FORM, "GOVERNANCE", answers(52, 2, 50, 4, 51, 3), " ok ", 95, 20);

        assertThat(checked.answers()).containsExactly((short) 4, (short) 3, (short) 2);
        assertThat(checked.comment()).isEqualTo("ok");
        assertThat(checked.counted()).isTrue();
    }

    @Test
    void all_answers_the_same_is_straight_lining_and_kept_but_not_counted() {
        CheckedSubmission checked =
                SubmissionRules.check(FORM, "GOVERNANCE", answers(50, 4, 51, 4, 52, 4), null, null, 20);

        assertThat(checked.straightLined()).isTrue();
        assertThat(checked.counted()).isFalse();
    }

    @Test
    void answering_faster_than_the_minimum_is_flagged_and_unknown_timing_is_not() {
        assertThat(SubmissionRules.check(FORM, "GOVERNANCE", answers(50, 4, 51, 3, 52, 2), null, 7, 20)
                        .tooFast())
                .isTrue();
        assertThat(SubmissionRules.check(FORM, "GOVERNANCE", answers(50, 4, 51, 3, 52, 2), null, null, 20)
                        .tooFast())
                .isFalse();
    }

    @Test
    void every_missing_out_of_range_or_foreign_answer_is_named() {
        assertThatThrownBy(() -> SubmissionRules.check(FORM, "GOVERNANCE", answers(50, 5, 59, 3), null, null, 20))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).properties().get("errors"))
                        .isEqualTo(Map.of(
                                "50", "survey.answer.range",
                                "51", "survey.answer.missing",
                                "52", "survey.answer.missing",
                                "59", "survey.answer.unexpected")));
    }

    @Test
    void an_unknown_dimension_or_a_long_comment_is_refused() {
        assertThatThrownBy(() -> SubmissionRules.check(FORM, "BRANDING", answers(50, 4), null, null, 20))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "dimension");
        assertThatThrownBy(() -> SubmissionRules.check(
                        FORM, "GOVERNANCE", answers(50, 4, 51, 3, 52, 2), "x".repeat(1001), null, 20))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "comment");
    }

    @Test
    void the_smart_dimension_code_comes_from_the_indicator() {
        assertThat(SmartDimension.codeOf("Smart Governance")).isEqualTo("GOVERNANCE");
        assertThat(SmartDimension.codeOf(" smart  environment ")).isEqualTo("ENVIRONMENT");
        assertThat(SubDimensionName.of("II. Sub Dimensi: Kebijakan Publik (diselenggarakan oleh Pemda)"))
                .isEqualTo("Kebijakan Publik (diselenggarakan oleh Pemda)");
    }

    private static Map<String, Integer> answers(int... pairs) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return answers;
    }
}
