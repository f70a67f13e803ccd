package id.kotacerdas.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An assessor assigned as mentor (pendamping) of a region of a cohort, from a date (to a date, or open), with the
 * account's name and affiliation; a removed assignment stays as history ({@code removedAt} set).
 */
public record MentorAssignment(
        long id,
        long selectionId,
        String regionCode,
        String username,
        String fullName,
        String affiliation,
        LocalDate fromOn,
        LocalDate toOn,
        String assignedBy,
        OffsetDateTime assignedAt,
        String removedBy,
        OffsetDateTime removedAt) {

    /** Still assigned (not removed by a later assignment); its dates may lie in the past or the future. */
    public boolean current() {
        return removedAt == null;
    }

    MentorAssignment named(String name, String affiliationOf) {
        return new MentorAssignment(
                id,
                selectionId,
                regionCode,
                username,
                name,
                affiliationOf,
                fromOn,
                toOn,
                assignedBy,
                assignedAt,
                removedBy,
                removedAt);
    }
}
