package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One weighted dimension of a region's score (docs/method.md): its score, the shown (2-decimal) value and its
 * contribution to the final score.
 *
 * @param code dimension code, e.g. "OUTCOME"
 * @param weight the track's weight of the dimension, as a fraction
 * @param score dimension score at full precision (0 when missing)
 * @param shown score rounded half-up to 2 decimals, as published
 * @param contribution score × weight, full precision
 * @param source where the score comes from
 * @param questions the question scores behind it; empty unless the source is {@link DimensionSource#QUESTIONS}
 */
public record DimensionResult(
        String code,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal shown,
        BigDecimal contribution,
        DimensionSource source,
        List<QuestionScore> questions) {

    public DimensionResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(source, "source");
        questions = List.copyOf(questions);
    }

    /** A dimension result with shown value and contribution derived from score and weight. */
    static DimensionResult of(
            String code, BigDecimal weight, BigDecimal score, DimensionSource source, List<QuestionScore> questions) {
        return new DimensionResult(
                code, weight, score, Rounding.shown(score), score.multiply(weight), source, questions);
    }
}
