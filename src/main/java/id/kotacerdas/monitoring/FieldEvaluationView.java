package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.FieldEvaluationStatus;
import id.kotacerdas.monitoring.domain.FollowUp;
import id.kotacerdas.monitoring.domain.TeamMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A field evaluation (tinjauan lapangan) of a region's masterplan in a year's semester (1: June, 2: November), as
 * the ministry and the region read it. Its photos are read apart ({@link FieldEvaluationPhotos}).
 *
 * @param masterplanId the region's masterplan evaluated, null when none is named
 * @param heldUntil the last day of a visit of several days (10-11 March: 11 March), else null
 * @param version increases with every change of the evaluation (not of its follow-ups); a change may name the
 *     version it was made from, and is refused when another came first
 */
public record FieldEvaluationView(
        long id,
        String regionCode,
        String regionName,
        int year,
        int semester,
        Long masterplanId,
        String masterplanTitle,
        FieldEvaluationStatus status,
        LocalDate plannedOn,
        LocalDate heldOn,
        LocalDate heldUntil,
        String place,
        List<TeamMember> team,
        List<String> stakeholders,
        String notes,
        List<FieldFollowUp> followUps,
        int version,
        String updatedBy,
        Instant updatedAt) {

    /** The follow-ups not done yet. */
    public long openFollowUps() {
        return followUps.stream().filter(f -> f.status() != FollowUp.DONE).count();
    }

    /**
     * A follow-up the evaluation asks of one of the region's agencies, numbered 1, 2, ... within the evaluation;
     * its status as a monitoring recommendation's ({@link FollowUp}), with the note of whoever updated it.
     */
    public record FieldFollowUp(
            int no,
            String action,
            String agency,
            LocalDate dueOn,
            FollowUp status,
            String note,
            String updatedBy,
            Instant updatedAt) {}
}
