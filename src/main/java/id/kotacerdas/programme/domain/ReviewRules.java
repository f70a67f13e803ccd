package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;

/** The checks on what a reviewer or an administrator writes into a masterplan review, each naming its field. */
public final class ReviewRules {

    public static final int COMMENT_LENGTH = 4000;
    public static final int REASON_LENGTH = 1000;

    private ReviewRules() {}

    /** A score of a criterion: 1 to 4 ({@code review.score.range} otherwise). */
    public static int score(String criterion, Integer score) {
        if (score == null || score < MasterplanScoring.MIN_SCORE || score > MasterplanScoring.MAX_SCORE) {
            throw new InvalidInput(
                    "scores",
                    "review.score.range",
                    "The score of " + criterion + " must be 1, 2, 3 or 4",
                    criterion,
                    String.valueOf(score));
        }
        return score;
    }

    /** A criterion's comment, stripped, or null when blank; at most {@value #COMMENT_LENGTH} characters. */
    public static String comment(String criterion, String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String c = comment.strip();
        if (c.length() > COMMENT_LENGTH) {
            throw new InvalidInput(
                    "scores",
                    "review.comment.tooLong",
                    "The comment on " + criterion + " is longer than 4000 characters",
                    criterion,
                    COMMENT_LENGTH);
        }
        return c;
    }

    /** The reason for reopening a submitted review: required, at most {@value #REASON_LENGTH} characters. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInput(
                    "reason", "review.reason", "Reopening a submitted review needs a reason (at most 1000 characters)");
        }
        return reason.strip();
    }
}
