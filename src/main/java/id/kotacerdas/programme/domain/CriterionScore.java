package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a masterplan score's explanation.
 *
 * @param weight the criterion's weight as the rubric gives it
 * @param share the weight over the sum of the weights ({@value Rubric#SHARE_DECIMALS} decimals, as shown)
 * @param scores each submitted reviewer's score, in the order of the reviewers
 * @param sum the scores added up
 * @param mean the reviewers' mean, {@code sum / reviewers} (exact, or at {@value MasterplanScoring#SHOWN_DECIMALS}
 *     decimals half up when it does not end)
 * @param product {@code weight × mean} (shown as the mean is)
 */
public record CriterionScore(
        String code,
        String name,
        BigDecimal weight,
        BigDecimal share,
        List<Integer> scores,
        int sum,
        BigDecimal mean,
        BigDecimal product) {

    public CriterionScore {
        scores = List.copyOf(scores);
    }
}
