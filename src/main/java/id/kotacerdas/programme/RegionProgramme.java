package id.kotacerdas.programme;

import java.util.List;

/**
 * A region's place in the programme: each confirmed cohort it is in (the latest first) with its MoU and signed
 * documents, its current mentors and its milestones; and the guidance sessions it attended with their materials.
 * No cohorts: the region is not in the programme.
 */
public record RegionProgramme(
        String regionCode, String regionName, List<Cohort> cohorts, List<GuidanceSessionView> sessions) {

    public record Cohort(
            CohortRegion cohort,
            List<MentorAssignment> mentors,
            List<MouDocument> mouDocuments,
            RegionMilestones milestones) {

        public MouDocument currentDocument() {
            return mouDocuments.isEmpty() ? null : mouDocuments.get(0);
        }
    }

    public boolean inProgramme() {
        return !cohorts.isEmpty();
    }
}
