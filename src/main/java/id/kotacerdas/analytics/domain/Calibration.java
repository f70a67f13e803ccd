package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assessor calibration over a period's panels (docs/method.md 10.2). For each question an assessor scored with at
 * least one other submitted member of the panel, their difference is d = x − mean of the others' scores. An
 * assessor's mean difference D has the 95% interval D ± t(0.975, n − 1) · s / √n. The rest's interval is the 95%
 * prediction interval of the other assessors' mean differences, m ± t(0.975, k − 1) · s_D · √(1 + 1/k). An assessor
 * is SEVERE when their own interval lies below 0 and D below the rest's interval, LENIENT the other way round.
 */
public final class Calibration {

    private Calibration() {}

    /**
     * @param reconciliationSpread the spread (max − min) from which a question goes to reconciliation
     * @return one line per assessor, the most severe first (then by username)
     */
    public static List<AssessorCalibration> of(List<PanelSheet> sheets, int reconciliationSpread) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (PanelSheet sheet : sheets) {
            for (ScoredQuestion question : sheet.questions()) {
                if (question.scores().size() >= 2) {
                    count(sheet.region(), question, reconciliationSpread, tallies);
                }
            }
        }
        Moments all = new Moments();
        Map<String, Moments> means = new TreeMap<>();
        tallies.forEach((assessor, tally) -> {
            Moments own = new Moments();
            own.add(tally.differences.mean());
            means.put(assessor, own);
            all.add(tally.differences.mean());
        });
        List<AssessorCalibration> lines = new ArrayList<>();
        tallies.forEach((assessor, tally) -> lines.add(tally.line(assessor, all.without(means.get(assessor)))));
        lines.sort(
                Comparator.comparing(AssessorCalibration::meanDifference).thenComparing(AssessorCalibration::assessor));
        return List.copyOf(lines);
    }

    private static void count(String region, ScoredQuestion question, int spread, Map<String, Tally> tallies) {
        int k = question.scores().size();
        int sum = question.sum();
        BigDecimal others = BigDecimal.valueOf(k - 1L);
        question.scores().forEach((assessor, score) -> {
            Tally tally = tallies.computeIfAbsent(assessor, a -> new Tally());
            tally.regions.add(region);
            tally.differences.add(BigDecimal.valueOf((long) k * score - sum).divide(others, Moments.PRECISION));
        });
        if (question.spread() >= spread) {
            question.scores().keySet().forEach(a -> tallies.get(a).spreadQuestions++);
            Outlier.of(question.scores()).ifPresent(a -> tallies.get(a).outliers++);
        }
    }

    /** What one assessor's lines add up to. */
    private static final class Tally {
        private final Set<String> regions = new HashSet<>();
        private final Moments differences = new Moments();
        private int spreadQuestions;
        private int outliers;

        AssessorCalibration line(String assessor, Moments rest) {
            BigDecimal mean = differences.mean();
            BigDecimal half = halfWidth(differences, BigDecimal.ONE);
            BigDecimal low = half == null ? null : mean.subtract(half);
            BigDecimal high = half == null ? null : mean.add(half);
            // t · s / √k · √(k + 1) = t · s · √(1 + 1/k), the prediction interval of one more assessor's mean
            BigDecimal restHalf =
                    halfWidth(rest, BigDecimal.valueOf(rest.n() + 1L).sqrt(Moments.PRECISION));
            BigDecimal restLow = restHalf == null ? null : rest.mean().subtract(restHalf);
            BigDecimal restHigh = restHalf == null ? null : rest.mean().add(restHalf);
            Leaning leaning = Leaning.WITHIN;
            if (high != null && restLow != null && high.signum() < 0 && mean.compareTo(restLow) < 0) {
                leaning = Leaning.SEVERE;
            } else if (low != null && restHigh != null && low.signum() > 0 && mean.compareTo(restHigh) > 0) {
                leaning = Leaning.LENIENT;
            }
            return new AssessorCalibration(
                    assessor,
                    regions.size(),
                    differences.n(),
                    AssessorCalibration.shown(mean),
                    AssessorCalibration.shown(low),
                    AssessorCalibration.shown(high),
                    AssessorCalibration.shown(restLow),
                    AssessorCalibration.shown(restHigh),
                    leaning,
                    spreadQuestions,
                    outliers);
        }
    }

    /** t(0.975, n − 1) · s / √n · factor; null below two values. */
    private static BigDecimal halfWidth(Moments moments, BigDecimal factor) {
        if (moments.n() < 2) {
            return null;
        }
        BigDecimal rootN = BigDecimal.valueOf(moments.n()).sqrt(Moments.PRECISION);
        return moments.t975()
                .multiply(moments.sd(), Moments.PRECISION)
                .divide(rootN, Moments.PRECISION)
                .multiply(factor, Moments.PRECISION);
    }
}
