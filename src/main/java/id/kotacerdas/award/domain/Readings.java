package id.kotacerdas.award.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The number each measure ranks a region on, and its working (docs/method.md, section 8.4). Every number is
 * ranked at 2 decimals, as the national table shows numbers: equal numbers at 2 decimals tie.
 */
public final class Readings {

    static final int SCALE = 2;
    private static final String MINUS = " \u2212 ";

    private Readings() {}

    /** The final as the national table holds it, with the table's formula. */
    public static Competitor finalScore(Entrant e, BigDecimal shownFinal, String formula) {
        return shownFinal == null
                ? Competitor.without(e, "NO_SCORE")
                : Competitor.of(e, two(shownFinal), formula, "TABLE");
    }

    /** One dimension's score as the national table shows it; none (a {@code -} or empty cell) is not ranked. */
    public static Competitor dimension(Entrant e, String code, BigDecimal shown) {
        return shown == null
                ? Competitor.without(e, "NO_SCORE")
                : Competitor.of(e, two(shown), code + " = " + two(shown).toPlainString(), "TABLE");
    }

    /**
     * The mean of the region's scores of {@code questions}, half up to 2 decimals, computed from their sum in one
     * division; a region missing any of them (a table imported as published has no question scores) is not ranked.
     */
    public static Competitor smartOutcome(Entrant e, List<Integer> questions, Map<Integer, BigDecimal> scores) {
        List<String> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Integer no : questions) {
            BigDecimal score = scores.get(no);
            if (score == null) {
                return Competitor.without(e, "NO_QUESTION_SCORES");
            }
            sum = sum.add(score);
            terms.add(plain(score));
        }
        if (questions.isEmpty()) {
            return Competitor.without(e, "NO_QUESTION_SCORES");
        }
        BigDecimal n = BigDecimal.valueOf(questions.size());
        BigDecimal mean = sum.divide(n, SCALE, RoundingMode.HALF_UP);
        String working = "(" + String.join(" + ", terms) + ") / " + n + " = " + plain(sum) + " / " + n + " = "
                + mean.toPlainString();
        return Competitor.of(e, mean, working, "QUESTIONS");
    }

    /**
     * The improvement as the national table gives it: computed from last year's final the system holds
     * ({@code COMPUTED}: "3.89 − 3.20 = 0.69"), or as published.
     */
    public static Competitor improvement(Entrant e, BigDecimal shownFinal, BigDecimal improvement, String source) {
        if (improvement == null) {
            return Competitor.without(e, "NO_IMPROVEMENT");
        }
        BigDecimal value = two(improvement);
        String working = "COMPUTED".equals(source) && shownFinal != null
                ? two(shownFinal).toPlainString() + MINUS
                        + two(shownFinal.subtract(improvement)).toPlainString() + " = " + value.toPlainString()
                : value.toPlainString();
        return Competitor.of(e, value, working, source);
    }

    private static BigDecimal two(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
