package id.kotacerdas.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kotacerdas.scoring.domain.FinalInterval;
import java.math.BigDecimal;
import java.util.List;

/**
 * The 95% interval of a region's final where Impact questions took the survey's scores (docs/method.md 10.4), or why
 * there is none: {@code status} SURVEY when computed; IMPORTED (a published table has no survey answers), NO_SURVEY
 * (no question took a survey score), TOO_FEW_ANSWERS (a survey question has fewer than two answers) or CORRECTED
 * (a dimension holding survey questions was corrected) otherwise, with the ends null.
 *
 * @param finalScore the final as shown
 * @param low lower end, shown half-up to 2 decimals
 * @param high upper end, shown half-up to 2 decimals
 * @param finalUnrounded the final at full precision, the centre of the interval
 * @param below how far the interval reaches below it (full precision)
 * @param above how far it reaches above
 * @param surveyQuestions how many questions took the survey score
 * @param smartDimensions what each smart dimension's questions carry into the final
 */
public record FinalIntervalView(
        String status,
        @JsonProperty("final") BigDecimal finalScore,
        BigDecimal low,
        BigDecimal high,
        BigDecimal finalUnrounded,
        BigDecimal below,
        BigDecimal above,
        int surveyQuestions,
        List<FinalInterval.Spread> smartDimensions) {

    static FinalIntervalView of(FinalInterval interval) {
        boolean available = interval.available();
        return new FinalIntervalView(
                interval.status().name(),
                interval.finalShown(),
                available ? interval.lowShown() : null,
                available ? interval.highShown() : null,
                interval.finalScore(),
                available ? interval.below() : null,
                available ? interval.above() : null,
                interval.surveyQuestions(),
                interval.smartDimensions());
    }

    public boolean available() {
        return low != null;
    }
}
