package id.kotacerdas.programme;

import java.time.OffsetDateTime;

/**
 * A region's masterplan a reviewer is assigned to, in the reviewer's list.
 *
 * @param masterplanRevision the latest masterplan document's revision (null before the first upload)
 * @param submittedAt when the reviewer submitted their sheet (null while a draft)
 */
public record AssignedReview(
        long selectionId,
        int year,
        String selectionName,
        String regionCode,
        String regionName,
        Integer masterplanRevision,
        OffsetDateTime submittedAt,
        boolean published) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
