package id.kotacerdas.programme;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One reviewer's scores of a region's masterplan, as the caller may see them.
 *
 * @param number the reviewer's place among the review's reviewers: the submitted ones first, in the order they
 *     submitted (the order of the scores in the explanation), then the others; the region knows its reviewers only
 *     by this number ("Penilai 1")
 * @param username the account (null for the region's operator: reviewers are anonymous to the region)
 * @param name the reviewer's name (null for the region's operator)
 * @param affiliation the reviewer's university, ministry or firm (null for the region's operator, or when none)
 * @param submitted whether the sheet is submitted: then it is locked and counts in the score
 * @param reviewedRevision the masterplan document's revision that was the latest when the sheet was submitted
 * @param entries the criteria scored so far, in the rubric's order
 */
public record ReviewerSheet(
        int number,
        String username,
        String name,
        String affiliation,
        boolean submitted,
        OffsetDateTime submittedAt,
        Integer reviewedRevision,
        List<Entry> entries) {

    /** A criterion's score (1..4) and the reviewer's comment on it (null when none). */
    public record Entry(String criterion, int score, String comment) {}

    public ReviewerSheet {
        entries = List.copyOf(entries);
    }

    /** The entry of a criterion, or null when not scored yet. */
    public Entry entry(String criterion) {
        return entries.stream()
                .filter(e -> e.criterion().equals(criterion))
                .findFirst()
                .orElse(null);
    }
}
