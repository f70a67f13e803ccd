package id.kotacerdas.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The score of a masterplan from its reviewers' submitted sheets (docs/method.md, section 8.6), exactly:
 *
 * <ol>
 *   <li>per criterion, the mean of the submitted reviewers' scores: {@code sum / reviewers};
 *   <li>the weighted mean over the criteria: {@code Σ weight × mean / Σ weights} (the weights are normalised, see
 *       {@link Rubric});
 *   <li>rounded half up to {@value #SCORE_DECIMALS} decimals, once, at the end: nothing before is rounded.
 * </ol>
 *
 * Every sheet scores every criterion, so the score is the fraction {@code Σ (weight × sum of scores) / (reviewers ×
 * Σ weights)}, which is what is divided and rounded; the means and products of the explanation are shown at up to
 * {@value #SHOWN_DECIMALS} decimals. Drafts never reach this class: only submitted sheets count.
 */
public final class MasterplanScoring {

    /** The decimals of a masterplan's score (Kota Pekalongan's 2018 masterplan: 3.44). */
    public static final int SCORE_DECIMALS = 2;

    /** The most decimals a mean, a product or the unrounded score is shown with. */
    public static final int SHOWN_DECIMALS = 6;

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;

    private MasterplanScoring() {}

    /**
     * The score of the submitted sheets on the rubric, or empty when none is submitted.
     *
     * @throws IllegalArgumentException when a sheet lacks a criterion of the rubric, scores one it does not have, or
     *     gives a score outside 1..4 (a submission is refused before that: review.incomplete)
     */
    public static Optional<MasterplanScore> score(Rubric rubric, List<ReviewSheet> submitted) {
        if (submitted.isEmpty()) {
            return Optional.empty();
        }
        for (ReviewSheet sheet : submitted) {
            if (!sheet.scores().keySet().equals(Set.copyOf(rubric.codes()))) {
                throw new IllegalArgumentException(sheet.reviewer() + " has not scored exactly the rubric's criteria "
                        + rubric.codes() + ": " + sheet.scores().keySet());
            }
            sheet.scores().forEach((code, score) -> {
                if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
                    throw new IllegalArgumentException(sheet.reviewer() + " scored " + code + " " + score);
                }
            });
        }
        BigDecimal reviewers = BigDecimal.valueOf(submitted.size());
        BigDecimal totalWeight = rubric.totalWeight();
        BigDecimal numerator = BigDecimal.ZERO;
        List<CriterionScore> lines = new ArrayList<>();
        for (RubricCriterion c : rubric.criteria()) {
            List<Integer> scores =
                    submitted.stream().map(s -> s.scores().get(c.code())).toList();
            int sum = scores.stream().mapToInt(Integer::intValue).sum();
            BigDecimal weightedSum = c.weight().multiply(BigDecimal.valueOf(sum));
            numerator = numerator.add(weightedSum);
            lines.add(new CriterionScore(
                    c.code(),
                    c.name(),
                    c.weight(),
                    rubric.share(c),
                    scores,
                    sum,
                    shown(BigDecimal.valueOf(sum), reviewers),
                    shown(weightedSum, reviewers)));
        }
        BigDecimal denominator = reviewers.multiply(totalWeight);
        return Optional.of(new MasterplanScore(
                lines,
                submitted.size(),
                Rubric.plain(totalWeight),
                Rubric.plain(numerator),
                Rubric.plain(denominator),
                shown(numerator, denominator),
                numerator.divide(denominator, SCORE_DECIMALS, RoundingMode.HALF_UP)));
    }

    /** The quotient exactly when it ends within {@value #SHOWN_DECIMALS} decimals, else rounded half up to them. */
    static BigDecimal shown(BigDecimal dividend, BigDecimal divisor) {
        return Rubric.plain(dividend.divide(divisor, SHOWN_DECIMALS, RoundingMode.HALF_UP));
    }
}
