package id.kotacerdas.scoring.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One question of the instrument as the assessors scored it for one region (docs/method.md: "every question is
 * scored on a 1 to 4 scale"; a question's score is the mean of the assessors' scores).
 *
 * @param no question number in the period's instrument
 * @param dimension dimension code of the question in that instrument, e.g. "OUTCOME"
 * @param assessorScores one integer score per assessor, each 1 to 4; at least one
 */
public record AssessedQuestion(int no, String dimension, List<Integer> assessorScores) {

    /** Lowest score an assessor can give. */
    public static final int MIN_SCORE = 1;

    /** Highest score an assessor can give. */
    public static final int MAX_SCORE = 4;

    public AssessedQuestion {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(assessorScores, "assessorScores");
        if (assessorScores.isEmpty()) {
            throw new IllegalArgumentException("question " + no + " has no assessor scores");
        }
        for (Integer score : assessorScores) {
            if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
                throw new IllegalArgumentException("question " + no + " has assessor score " + score
                        + ", must be between " + MIN_SCORE + " and " + MAX_SCORE);
            }
        }
        assessorScores = List.copyOf(assessorScores);
    }

    /** Convenience for tests and fixtures: {@code AssessedQuestion.of(3, "BASELINE", 4, 4, 3, 3, 4)}. */
    public static AssessedQuestion of(int no, String dimension, int... assessorScores) {
        return new AssessedQuestion(
                no, dimension, Arrays.stream(assessorScores).boxed().toList());
    }
}
