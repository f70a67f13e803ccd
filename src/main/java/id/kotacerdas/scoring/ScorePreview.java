package id.kotacerdas.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kotacerdas.scoring.domain.RegionScore;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The scores a set of question scores gives under a period's weights, with the working. */
public record ScorePreview(
        int year,
        String track,
        Map<String, BigDecimal> dimensions,
        @JsonProperty("final") BigDecimal finalScore,
        RegionScore explanation) {

    static ScorePreview of(int year, RegionScore score) {
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        score.dimensions().forEach(d -> dimensions.put(d.code(), d.shown()));
        return new ScorePreview(year, score.track(), dimensions, score.finalShown(), score);
    }
}
