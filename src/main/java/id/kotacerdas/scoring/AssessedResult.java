package id.kotacerdas.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kotacerdas.scoring.domain.RegionScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A region's result from its panel's scores: each question's score (the mean of its assessors'),
 * dimension scores and the final under its track's weights, with the engine's working.
 */
public record AssessedResult(
        int year,
        String regionCode,
        String track,
        List<QuestionResult> questions,
        Map<String, BigDecimal> dimensions,
        @JsonProperty("final") BigDecimal finalScore,
        String formula,
        RegionScore explanation) {

    public record QuestionResult(int no, String dimension, BigDecimal score, List<Integer> assessorScores) {}
}
