package id.kotacerdas.programme;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A region of a cohort in the ministry's view of the masterplan review.
 *
 * @param masterplanRevision the latest masterplan document's revision (null before the first upload)
 * @param quickWinRevision the latest quick-win programme's revision (null before the first upload)
 * @param reviewers the assigned reviewers' usernames
 * @param submitted how many of them submitted
 * @param score the score of the submitted sheets (null when none), published or not
 */
public record ReviewProgress(
        String regionCode,
        String regionName,
        Integer masterplanRevision,
        Integer quickWinRevision,
        List<String> reviewers,
        int submitted,
        BigDecimal score,
        boolean published,
        OffsetDateTime publishedAt) {

    public ReviewProgress {
        reviewers = List.copyOf(reviewers);
    }
}
