package id.kotacerdas.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kotacerdas.scoring.domain.RegionScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A region's result from its panel's and citizens' scores: each question's score (the mean of its assessors', or
 * of the counted survey answers once the smart dimension met its quota),
 * dimension scores and the final under its track's weights, with the engine's working, and the final's 95% interval
 * from the survey questions' intervals (docs/method.md 10.4; status NO_SURVEY while no question took a survey score).
 */
public record AssessedResult(
        int year,
        String regionCode,
        String track,
        List<QuestionResult> questions,
        Map<String, BigDecimal> dimensions,
        @JsonProperty("final") BigDecimal finalScore,
        String formula,
        List<SurveyShortfall> surveyBelowQuota,
        RegionScore explanation,
        FinalIntervalView finalInterval) {

    /**
     * A question's score and its source: ASSESSORS (with their scores) or SURVEY (with the number of counted
     * answers and the 95% interval of their mean).
     */
    public record QuestionResult(
            int no,
            String dimension,
            BigDecimal score,
            String source,
            List<Integer> assessorScores,
            int respondents,
            BigDecimal ci95Low,
            BigDecimal ci95High) {}

    /** A smart dimension whose survey has fewer counted responses than the quota: its questions use assessors. */
    public record SurveyShortfall(String dimension, int responses, int quota) {}
}
