package id.kotacerdas.survey.domain;

/**
 * A response that passed the rules, ready to store: answers in the smart dimension's question order, and the
 * integrity flags. A flagged response is kept but left out of the scores and of the quota.
 *
 * @param secondsTaken seconds from showing the form to submitting it; null when unknown
 * @param straightLined every answer is the same
 * @param tooFast submitted sooner than a person can read the statements
 */
public record CheckedSubmission(
        String dimension,
        short[] answers,
        String comment,
        Integer secondsTaken,
        boolean straightLined,
        boolean tooFast) {

    public boolean counted() {
        return !straightLined && !tooFast;
    }
}
