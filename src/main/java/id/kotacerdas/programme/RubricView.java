package id.kotacerdas.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cohort's masterplan rubric as the API and the pages show it.
 *
 * @param totalWeight the sum of the weights, which each weight is divided by (weights are normalised)
 * @param frozen whether a reviewer has saved a score in the cohort: the rubric no longer changes
 */
public record RubricView(long selectionId, List<Criterion> criteria, BigDecimal totalWeight, boolean frozen) {

    /**
     * @param weight as the administrator gave it
     * @param share {@code weight / totalWeight}, six decimals: what the criterion counts in the score
     */
    public record Criterion(String code, String name, BigDecimal weight, BigDecimal share) {}

    public RubricView {
        criteria = List.copyOf(criteria);
    }
}
