package id.kotacerdas.assessment.domain;

import java.util.Collection;
import java.util.IntSummaryStatistics;

/** A question goes to reconciliation when its assessors' scores spread by 2 or more (e.g. 2 and 4). */
public final class Reconciliation {

    public static final int SPREAD = 2;

    private Reconciliation() {}

    public static boolean needed(Collection<Integer> scores) {
        if (scores.size() < 2) {
            return false;
        }
        IntSummaryStatistics stats = scores.stream().mapToInt(Integer::intValue).summaryStatistics();
        return stats.getMax() - stats.getMin() >= SPREAD;
    }
}
