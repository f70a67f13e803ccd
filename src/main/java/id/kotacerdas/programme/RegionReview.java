package id.kotacerdas.programme;

import java.math.BigDecimal;

/**
 * A cohort a region was selected in, with its masterplan review's state, in the region's list.
 *
 * @param status {@code UNDER_REVIEW} or {@code PUBLISHED}
 * @param score the published score (null before publication)
 */
public record RegionReview(
        long selectionId,
        int year,
        String selectionName,
        Integer masterplanRevision,
        Integer quickWinRevision,
        String status,
        BigDecimal score) {}
