package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A masterplan's score with how it was computed (docs/method.md, section 8.6).
 *
 * @param criteria each criterion: the reviewers' scores, their mean, the weight and the product
 * @param reviewers how many submitted reviews count
 * @param totalWeight the sum of the rubric's weights
 * @param numerator {@code Σ weight × sum of the criterion's scores}, exact
 * @param denominator {@code reviewers × Σ weights}, exact: the score is {@code numerator / denominator}
 * @param unrounded that quotient at {@value MasterplanScoring#SHOWN_DECIMALS} decimals (half up), as shown
 * @param score the quotient rounded half up to {@value MasterplanScoring#SCORE_DECIMALS} decimals
 */
public record MasterplanScore(
        List<CriterionScore> criteria,
        int reviewers,
        BigDecimal totalWeight,
        BigDecimal numerator,
        BigDecimal denominator,
        BigDecimal unrounded,
        BigDecimal score) {

    public MasterplanScore {
        criteria = List.copyOf(criteria);
    }
}
