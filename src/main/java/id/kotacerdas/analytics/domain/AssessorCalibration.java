package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One assessor's calibration over every region and question they scored (submitted scores): how many regions and
 * questions, their mean difference from the other members of the same panel with its 95% interval, the interval
 * of the other assessors' mean differences (a 95% prediction interval), their leaning, and how often they were
 * the outlier of a question in reconciliation. Figures are computed at 16 digits and shown to 3 decimals.
 */
public record AssessorCalibration(
        String assessor,
        int regions,
        int questions,
        BigDecimal meanDifference,
        BigDecimal ci95Low,
        BigDecimal ci95High,
        BigDecimal restLow,
        BigDecimal restHigh,
        Leaning leaning,
        int spreadQuestions,
        int outliers) {

    public boolean flagged() {
        return leaning != Leaning.WITHIN;
    }

    static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.HALF_UP);
    }
}
