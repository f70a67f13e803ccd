package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The score of one question for one region: the mean of its assessors' scores at full precision (docs/method.md),
 * e.g. [4, 4, 4, 3, 3] → 3.6. A score given directly (an imported question score, a survey mean) has no
 * assessor scores.
 *
 * @param no question number
 * @param dimension dimension code of the question
 * @param score mean score, 1 to 4, not rounded
 * @param assessorScores the assessors' scores behind it; empty when the score was given directly
 * @param respondents the number of survey answers behind a survey score; 0 for any other score
 */
public record QuestionScore(int no, String dimension, BigDecimal score, List<Integer> assessorScores, int respondents) {

    private static final BigDecimal LOWEST = BigDecimal.valueOf(AssessedQuestion.MIN_SCORE);
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(AssessedQuestion.MAX_SCORE);

    public QuestionScore {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(score, "score");
        if (score.compareTo(LOWEST) < 0 || score.compareTo(HIGHEST) > 0) {
            throw new IllegalArgumentException("question " + no + " has score " + score.toPlainString()
                    + ", must be between " + LOWEST + " and " + HIGHEST);
        }
        assessorScores = List.copyOf(assessorScores);
        if (respondents < 0) {
            throw new IllegalArgumentException("question " + no + " has " + respondents + " respondents");
        }
    }

    public QuestionScore(int no, String dimension, BigDecimal score, List<Integer> assessorScores) {
        this(no, dimension, score, assessorScores, 0);
    }

    /** A survey score: the mean of {@code respondents} citizens' answers on the same 1-4 scale (docs/method.md). */
    public static QuestionScore fromSurvey(int no, String dimension, BigDecimal mean, int respondents) {
        if (respondents < 1) {
            throw new IllegalArgumentException("question " + no + " has a survey score without respondents");
        }
        return new QuestionScore(no, dimension, mean, List.of(), respondents);
    }

    public QuestionSource source() {
        if (!assessorScores.isEmpty()) {
            return QuestionSource.ASSESSORS;
        }
        return respondents > 0 ? QuestionSource.SURVEY : QuestionSource.GIVEN;
    }

    /** The mean of the assessors' scores (integers summed, divided once). */
    public static QuestionScore of(AssessedQuestion question) {
        List<Integer> scores = question.assessorScores();
        int sum = 0;
        for (int i = 0; i < scores.size(); i++) {
            sum += scores.get(i);
        }
        return new QuestionScore(question.no(), question.dimension(), Mean.ofIntegers(sum, scores.size()), scores);
    }

    /** A question score known without its assessors, e.g. read from a published score sheet. */
    public static QuestionScore given(int no, String dimension, BigDecimal score) {
        return new QuestionScore(no, dimension, score, List.of());
    }
}
