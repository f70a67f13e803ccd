package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 95% interval of a final whose Impact comes in part from the survey: docs/method.md 10.4, worked example. */
class FinalIntervalTest {

    private static final Map<String, BigDecimal> OTHER_DIMENSIONS = Map.of(
            "BASELINE", new BigDecimal("3.56"),
            "OUTPUT", new BigDecimal("2.73"),
            "OUTCOME", new BigDecimal("3.27"),
            "QUICK_WIN", new BigDecimal("2.80"));

    @Test
    void two_smart_dimensions_from_the_survey_widen_the_final_by_the_root_of_their_squares() {
        // Impact, 54 questions: Governance 50-58 from the survey (each 3.02, interval 2.77-3.27), Economy 68-76
        // from the survey (each 2.50, interval 2.30-2.70), the other 36 from the assessors (each 3.2).
        List<QuestionScore> impact = new ArrayList<>();
        Map<Integer, SurveyBand> bands = new HashMap<>();
        for (int no = 50; no <= 103; no++) {
            if (no <= 58) {
                impact.add(QuestionScore.fromSurvey(no, "IMPACT", new BigDecimal("3.02"), 50));
                bands.put(no, new SurveyBand(no, "GOVERNANCE", new BigDecimal("2.77"), new BigDecimal("3.27")));
            } else if (no >= 68 && no <= 76) {
                impact.add(QuestionScore.fromSurvey(no, "IMPACT", new BigDecimal("2.50"), 50));
                bands.put(no, new SurveyBand(no, "ECONOMY", new BigDecimal("2.30"), new BigDecimal("2.70")));
            } else {
                impact.add(QuestionScore.given(no, "IMPACT", new BigDecimal("3.2")));
            }
        }
        RegionScore score = ScoringEngine.fromQuestions(Weights2024.REGULER, impact, OTHER_DIMENSIONS);

        FinalInterval interval = FinalInterval.of(score, bands);

        // Impact = (9 × 3.02 + 9 × 2.50 + 36 × 3.2) / 54 = 164.88 / 54 = 3.05333…; final = 0.356 + 0.546 + 0.981
        // + 0.2 × 3.05333… + 0.560 = 3.053666… → 3.05
        assertThat(score.finalShown()).isEqualByComparingTo("3.05");
        // each survey question moves the final by 0.20 / 54 of its own move: Governance 9 × 0.25 × 0.20 / 54
        // = 0.008333…, Economy 9 × 0.20 × 0.20 / 54 = 0.006667…; √(0.008333² + 0.006667²) = 0.010672
        assertThat(interval.status()).isEqualTo(FinalInterval.Status.SURVEY);
        assertThat(interval.smartDimensions())
                .extracting(FinalInterval.Spread::smartDimension, FinalInterval.Spread::questions)
                .containsExactly(tuple("GOVERNANCE", 9), tuple("ECONOMY", 9));
        assertThat(round(interval.smartDimensions().get(0).below())).isEqualByComparingTo("0.008333");
        assertThat(round(interval.smartDimensions().get(1).above())).isEqualByComparingTo("0.006667");
        assertThat(round(interval.below())).isEqualByComparingTo("0.010672");
        assertThat(round(interval.above())).isEqualByComparingTo("0.010672");
        assertThat(round(interval.low())).isEqualByComparingTo("3.042995");
        assertThat(round(interval.high())).isEqualByComparingTo("3.064339");
        assertThat(interval.lowShown()).isEqualByComparingTo("3.04");
        assertThat(interval.highShown()).isEqualByComparingTo("3.06");
        assertThat(interval.surveyQuestions()).isEqualTo(18);
    }

    @Test
    void an_interval_cut_at_the_top_of_the_scale_reaches_less_far_above() {
        // two answers, 4 and 3: mean 3.5, interval cut to 1.00-4.00; Impact has 54 questions, weight 0.20
        List<QuestionScore> impact = new ArrayList<>();
        impact.add(QuestionScore.fromSurvey(51, "IMPACT", new BigDecimal("3.5"), 2));
        for (int no = 52; no <= 104; no++) {
            impact.add(QuestionScore.given(no, "IMPACT", new BigDecimal("3")));
        }
        RegionScore score = ScoringEngine.fromQuestions(Weights2024.REGULER, impact, OTHER_DIMENSIONS);

        FinalInterval interval = FinalInterval.of(
                score, Map.of(51, new SurveyBand(51, "GOVERNANCE", new BigDecimal("1.00"), new BigDecimal("4.00"))));

        assertThat(round(interval.below())).isEqualByComparingTo("0.009259"); // 2.5 × 0.2 / 54
        assertThat(round(interval.above())).isEqualByComparingTo("0.001852"); // 0.5 × 0.2 / 54
    }

    @Test
    void no_survey_question_gives_no_interval() {
        List<QuestionScore> impact = List.of(QuestionScore.given(50, "IMPACT", new BigDecimal("3")));
        RegionScore score = ScoringEngine.fromQuestions(Weights2024.REGULER, impact, OTHER_DIMENSIONS);

        FinalInterval interval = FinalInterval.of(score, Map.of());

        assertThat(interval.status()).isEqualTo(FinalInterval.Status.NO_SURVEY);
        assertThat(interval.available()).isFalse();
        assertThat(interval.low()).isEqualByComparingTo(score.finalScore());
    }

    @Test
    void a_survey_question_with_a_single_answer_gives_no_interval() {
        List<QuestionScore> impact = List.of(QuestionScore.fromSurvey(50, "IMPACT", new BigDecimal("4"), 1));
        RegionScore score = ScoringEngine.fromQuestions(Weights2024.REGULER, impact, OTHER_DIMENSIONS);

        FinalInterval interval = FinalInterval.of(score, Map.of(50, new SurveyBand(50, "GOVERNANCE", null, null)));

        assertThat(interval.status()).isEqualTo(FinalInterval.Status.TOO_FEW_ANSWERS);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP);
    }
}
