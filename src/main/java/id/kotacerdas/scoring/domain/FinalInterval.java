package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 95% interval of a final whose Impact questions come, in part, from the citizen survey (docs/method.md 10.4).
 * A survey question's score is a sample mean with a 95% interval; an assessor's score is taken as it is. A survey
 * question i of a dimension d with m<sub>d</sub> questions and weight w<sub>d</sub> moves the final by
 * (w<sub>d</sub> / m<sub>d</sub>) × its own move, so its interval's two half-widths (score − low, high − score; they
 * differ where the survey cut the interval at 1 or 4) are carried into the final with that factor. Within one smart
 * dimension the questions are answered by the same respondents, so their errors may go together: their carried
 * half-widths are added (the widest they can be, whatever the correlation). Different smart dimensions have
 * different respondents, so their sums are independent and combine as the root of the sum of squares.
 *
 * @param status {@link Status#SURVEY} when computed, else why there is no interval
 * @param finalScore the final at full precision the interval is around
 * @param below how far the interval reaches below the final, full precision (0 without an interval)
 * @param above how far it reaches above
 * @param smartDimensions what each smart dimension carries into the final, in the order met
 */
public record FinalInterval(
        Status status, BigDecimal finalScore, BigDecimal below, BigDecimal above, List<Spread> smartDimensions) {

    /** Whether there is an interval, and why not. */
    public enum Status {
        /** Computed from the survey questions' intervals. */
        SURVEY,
        /** The result was imported from a published table, which has no survey answers. */
        IMPORTED,
        /** No question of the result took its score from the survey. */
        NO_SURVEY,
        /** A survey question has fewer than two answers, so no interval of its own. */
        TOO_FEW_ANSWERS,
        /** The result was corrected after it was computed, in a dimension that holds survey questions. */
        CORRECTED
    }

    /**
     * What one smart dimension's questions carry into the final.
     *
     * @param smartDimension e.g. "GOVERNANCE"
     * @param questions how many of its questions took the survey score
     * @param below Σ (w<sub>d</sub> / m<sub>d</sub>) × (score − low)
     * @param above Σ (w<sub>d</sub> / m<sub>d</sub>) × (high − score)
     */
    public record Spread(String smartDimension, int questions, BigDecimal below, BigDecimal above) {}

    static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_UP);

    public FinalInterval {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finalScore, "finalScore");
        Objects.requireNonNull(below, "below");
        Objects.requireNonNull(above, "above");
        smartDimensions = List.copyOf(smartDimensions);
    }

    /** No interval, for this reason. */
    public static FinalInterval none(Status why, BigDecimal finalScore) {
        return new FinalInterval(why, finalScore, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }

    /**
     * The interval of a score computed by {@link ScoringEngine}, from the bands of its survey questions.
     *
     * @param bands by question number; needed for every question whose source is {@link QuestionSource#SURVEY}
     */
    public static FinalInterval of(RegionScore score, Map<Integer, SurveyBand> bands) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DimensionResult dimension : score.dimensions()) {
            if (dimension.questions().isEmpty()) {
                continue;
            }
            BigDecimal factor = dimension
                    .weight()
                    .divide(BigDecimal.valueOf(dimension.questions().size()), PRECISION);
            for (QuestionScore question : dimension.questions()) {
                if (question.source() != QuestionSource.SURVEY) {
                    continue;
                }
                SurveyBand band = bands.get(question.no());
                if (band == null || !band.hasInterval()) {
                    return none(Status.TOO_FEW_ANSWERS, score.finalScore());
                }
                BigDecimal[] sum = sums.computeIfAbsent(
                        band.smartDimension(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(
                        factor.multiply(question.score().subtract(band.low()).max(BigDecimal.ZERO)));
                sum[1] = sum[1].add(
                        factor.multiply(band.high().subtract(question.score()).max(BigDecimal.ZERO)));
                counts.merge(band.smartDimension(), 1, Integer::sum);
            }
        }
        if (sums.isEmpty()) {
            return none(Status.NO_SURVEY, score.finalScore());
        }
        List<Spread> spreads = new ArrayList<>();
        BigDecimal belowSquares = BigDecimal.ZERO;
        BigDecimal aboveSquares = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> sum : sums.entrySet()) {
            BigDecimal below = sum.getValue()[0].round(PRECISION);
            BigDecimal above = sum.getValue()[1].round(PRECISION);
            spreads.add(new Spread(sum.getKey(), counts.get(sum.getKey()), below, above));
            belowSquares = belowSquares.add(below.multiply(below));
            aboveSquares = aboveSquares.add(above.multiply(above));
        }
        return new FinalInterval(
                Status.SURVEY, score.finalScore(), belowSquares.sqrt(PRECISION), aboveSquares.sqrt(PRECISION), spreads);
    }

    /** The same interval around another final, e.g. the stored one after a correction elsewhere. */
    public FinalInterval around(BigDecimal otherFinal) {
        return new FinalInterval(status, otherFinal, below, above, smartDimensions);
    }

    public boolean available() {
        return status == Status.SURVEY;
    }

    /** The final as shown, half-up to 2 decimals. */
    public BigDecimal finalShown() {
        return Rounding.shown(finalScore);
    }

    /** The lower end at full precision; the final itself without an interval. */
    public BigDecimal low() {
        return finalScore.subtract(below);
    }

    public BigDecimal high() {
        return finalScore.add(above);
    }

    /** The lower end as shown, half-up to 2 decimals like the final. */
    public BigDecimal lowShown() {
        return Rounding.shown(low());
    }

    public BigDecimal highShown() {
        return Rounding.shown(high());
    }

    /** How many questions took the survey score. */
    public int surveyQuestions() {
        return smartDimensions.stream().mapToInt(Spread::questions).sum();
    }
}
