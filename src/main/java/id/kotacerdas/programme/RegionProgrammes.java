package id.kotacerdas.programme;

import id.kotacerdas.region.RegionApi;
import id.kotacerdas.security.Actor;
import java.util.List;
import org.springframework.stereotype.Service;

/** The region's programme view (cohorts, MoU, mentors, sessions, milestones): ADMIN, its operator, its mentor. */
@Service
public class RegionProgrammes {

    private final CohortRegions cohorts;
    private final AssignMentors mentors;
    private final MouDocumentRepository documents;
    private final Milestones milestones;
    private final GuidanceSessions sessions;
    private final GuidanceAccess access;
    private final RegionApi regions;

    RegionProgrammes(
            CohortRegions cohorts,
            AssignMentors mentors,
            MouDocumentRepository documents,
            Milestones milestones,
            GuidanceSessions sessions,
            GuidanceAccess access,
            RegionApi regions) {
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.documents = documents;
        this.milestones = milestones;
        this.sessions = sessions;
        this.access = access;
        this.regions = regions;
    }

    public RegionProgramme of(String region, Actor actor) {
        access.ensureCanRead(actor, region);
        String name = regions.get(region).name();
        List<RegionProgramme.Cohort> list = cohorts.of(region).stream()
                .map(c -> new RegionProgramme.Cohort(
                        c,
                        mentors.history(c.selectionId(), region).stream()
                                .filter(MentorAssignment::current)
                                .toList(),
                        documents.revisions(c.selectionId(), region),
                        milestones.progress(c.selectionId(), region)))
                .toList();
        return new RegionProgramme(region, name, list, sessions.ofRegion(region));
    }
}
