package id.kotacerdas.survey;

import java.math.BigDecimal;

/**
 * A question's survey score for the scoring of a region: the mean of its counted answers at full precision (null
 * without answers),
 * with n and the 95% interval (to 2 decimals), and whether its smart dimension has reached its quota (only then
 * does the score replace the assessors' in the Impact dimension).
 */
public record SurveyScore(
        int no,
        String dimension,
        BigDecimal mean,
        int n,
        int quota,
        BigDecimal ci95Low,
        BigDecimal ci95High,
        boolean quotaReached) {}
