package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The 95% interval of a question's survey mean, as the survey reports it (docs/method.md 5): the smart dimension whose
 * respondents answered it, and the interval's ends (to 2 decimals, cut to the 1-4 scale; null below two answers).
 *
 * @param no question number
 * @param smartDimension the survey's smart dimension of the question, e.g. "GOVERNANCE": its respondents answer all
 *     of its statements, and no other smart dimension's
 * @param low lower end of the 95% interval, null without one
 * @param high upper end of the 95% interval, null without one
 */
public record SurveyBand(int no, String smartDimension, BigDecimal low, BigDecimal high) {

    public SurveyBand {
        Objects.requireNonNull(smartDimension, "smartDimension");
        if ((low == null) != (high == null) || low != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("question " + no + " has an interval from " + low + " to " + high);
        }
    }

    boolean hasInterval() {
        return low != null;
    }
}
