package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.MasterplanScore;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A region's masterplan review in a cohort, as the caller may see it (docs/api.md, section 14f):
 *
 * <ul>
 *   <li>an administrator: everything, every reviewer named, drafts included (they do not count);
 *   <li>a reviewer of the region: their own sheet ({@code mine}); once they submitted it, also the other submitted
 *       sheets, the score and its explanation (blind until then);
 *   <li>the region's operator: before publication only that it is under review (no criteria, sheets or score);
 *       once published the score, its explanation and the submitted sheets with their comments, the reviewers
 *       known only by number.
 * </ul>
 *
 * @param status {@code UNDER_REVIEW} or {@code PUBLISHED}
 * @param assigned how many reviewers are assigned (null when hidden from the caller)
 * @param submitted how many of them submitted (null when hidden)
 * @param score the masterplan's score, 2 decimals (null when no sheet is submitted, or hidden from the caller)
 * @param explanation how the score was computed (null with the score)
 */
public record ReviewView(
        long selectionId,
        int year,
        String selectionName,
        String regionCode,
        String regionName,
        String status,
        OffsetDateTime publishedAt,
        List<RubricView.Criterion> criteria,
        Integer assigned,
        Integer submitted,
        List<ReviewerSheet> reviewers,
        ReviewerSheet mine,
        BigDecimal score,
        MasterplanScore explanation) {

    public static final String UNDER_REVIEW = "UNDER_REVIEW";
    public static final String PUBLISHED = "PUBLISHED";

    public ReviewView {
        criteria = List.copyOf(criteria);
        reviewers = List.copyOf(reviewers);
    }

    public boolean published() {
        return PUBLISHED.equals(status);
    }
}
