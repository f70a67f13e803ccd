package id.kotacerdas.assessment.domain;

import id.kotacerdas.shared.domain.InvalidInput;

/** A proposed level is 1 to 4; a justification is optional text of at most 10,000 characters. */
public final class AnswerRules {

    public static final int MAX_JUSTIFICATION = 10_000;

    private AnswerRules() {}

    public static void check(Integer level, String justification) {
        if (level == null || level < 1 || level > 4) {
            throw new InvalidInput("level", "answer.level", "The level must be 1, 2, 3 or 4");
        }
        if (justification != null && justification.length() > MAX_JUSTIFICATION) {
            throw new InvalidInput(
                    "justification",
                    "answer.justification.tooLong",
                    "The justification is too long",
                    MAX_JUSTIFICATION);
        }
    }
}
