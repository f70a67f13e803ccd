package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a region as docs/method.md describes: question score = mean of the assessors, dimension score = mean of
 * its questions, final = Σ dimension score × track weight, shown half-up to 2 decimals.
 *
 * <p>Stateless; all methods are static and thread-safe. Only the dimensions weighted in the track are part of
 * the result, in the order of the weights; questions of other dimensions are ignored. A weighted dimension
 * without questions takes its given score (e.g. collaboration) and counts as 0 when none is given. Weights are
 * used as they are: check {@link TrackWeights#problems()} before scoring.
 */
public final class ScoringEngine {

    private ScoringEngine() {}

    /**
     * Scores a region from its question scores.
     *
     * @param givenDimensionScores scores of weighted dimensions that have no questions, e.g. COLLABORATION;
     *     ignored for a dimension that has questions
     */
    public static RegionScore fromQuestions(
            TrackWeights weights, List<QuestionScore> questions, Map<String, BigDecimal> givenDimensionScores) {
        Objects.requireNonNull(givenDimensionScores, "givenDimensionScores");
        Map<String, List<QuestionScore>> byDimension = groupByWeightedDimension(weights, questions);
        List<DimensionResult> dimensions = new ArrayList<>(weights.weights().size());
        weights.weights().forEach((code, weight) -> {
            List<QuestionScore> ofDimension = byDimension.get(code);
            if (ofDimension.isEmpty()) {
                dimensions.add(givenOrZero(code, weight, givenDimensionScores.get(code)));
            } else {
                BigDecimal score = Mean.of(sumOfScores(ofDimension), ofDimension.size());
                dimensions.add(DimensionResult.of(code, weight, score, DimensionSource.QUESTIONS, ofDimension));
            }
        });
        return total(weights.track(), dimensions);
    }

    /** Scores a region from its assessors' scores, via {@link QuestionScore#of(AssessedQuestion)}. */
    public static RegionScore fromAssessments(
            TrackWeights weights, List<AssessedQuestion> assessed, Map<String, BigDecimal> givenDimensionScores) {
        List<QuestionScore> questions = new ArrayList<>(assessed.size());
        for (AssessedQuestion question : assessed) {
            questions.add(QuestionScore.of(question));
        }
        return fromQuestions(weights, questions, givenDimensionScores);
    }

    /**
     * Scores a region from dimension scores alone, as in the published national table. A null or absent value
     * of a weighted dimension counts as 0 (Kab. Karo 2024: 2.8/2.24/2.72/2.8/2.12/- gives 2.26).
     */
    public static RegionScore fromDimensionScores(TrackWeights weights, Map<String, BigDecimal> dimensionScores) {
        return fromQuestions(weights, List.of(), dimensionScores);
    }

    private static Map<String, List<QuestionScore>> groupByWeightedDimension(
            TrackWeights weights, List<QuestionScore> questions) {
        Map<String, List<QuestionScore>> byDimension = new HashMap<>();
        weights.weights().keySet().forEach(code -> byDimension.put(code, new ArrayList<>()));
        for (QuestionScore question : questions) {
            List<QuestionScore> ofDimension = byDimension.get(question.dimension());
            if (ofDimension != null) {
                ofDimension.add(question);
            }
        }
        return byDimension;
    }

    private static BigDecimal sumOfScores(List<QuestionScore> questions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (QuestionScore question : questions) {
            sum = sum.add(question.score());
        }
        return sum;
    }

    private static DimensionResult givenOrZero(String code, BigDecimal weight, BigDecimal given) {
        if (given == null) {
            return DimensionResult.of(
                    code, weight, BigDecimal.ZERO, DimensionSource.MISSING_COUNTED_AS_ZERO, List.of());
        }
        return DimensionResult.of(code, weight, given, DimensionSource.GIVEN, List.of());
    }

    private static RegionScore total(String track, List<DimensionResult> dimensions) {
        BigDecimal finalScore = BigDecimal.ZERO;
        for (DimensionResult dimension : dimensions) {
            finalScore = finalScore.add(dimension.contribution());
        }
        return new RegionScore(track, dimensions, finalScore, Rounding.shown(finalScore));
    }
}
