package id.kotacerdas.programme;

import id.kotacerdas.programme.domain.Milestone;
import id.kotacerdas.programme.domain.MilestoneProgress;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A region's way through its cohort's milestones: each milestone with the date it was reached (null: not yet) and
 * the note recorded with it, and the progress (n of m, the next one due).
 */
public record RegionMilestones(long selectionId, String regionCode, List<Line> milestones, MilestoneProgress progress) {

    public record Line(
            Milestone milestone, LocalDate reachedOn, String note, String recordedBy, OffsetDateTime recordedAt) {

        public boolean reached() {
            return reachedOn != null;
        }
    }
}
