package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.programme.domain.Attendance;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance sessions (bimtek) for one or several of the programme's regions: recorded by an administrator or by a
 * mentor of every region attending (audited {@code GUIDANCE_SESSION_RECORDED}, once per region); read by
 * administrators, by the mentors of a region attending and by its operator, who sees its own region's attendance
 * only.
 */
@Service
public class GuidanceSessions {

    static final int TOPIC_LENGTH = 300;
    static final int MAX_REGIONS = 600;

    private final GuidanceSessionRepository repository;
    private final GuidanceMaterialRepository materials;
    private final CohortRegions cohorts;
    private final GuidanceAccess access;
    private final RegionApi regions;
    private final AuditTrail audit;

    GuidanceSessions(
            GuidanceSessionRepository repository,
            GuidanceMaterialRepository materials,
            CohortRegions cohorts,
            GuidanceAccess access,
            RegionApi regions,
            AuditTrail audit) {
        this.repository = repository;
        this.materials = materials;
        this.cohorts = cohorts;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public GuidanceSessionView record(GuidanceSessionInput in, Actor actor) {
        if (in == null || in.regions() == null || in.regions().isEmpty()) {
            throw new InvalidInput("regions", "guidance.regions.empty", "A session is held for at least one region");
        }
        if (in.regions().size() > MAX_REGIONS) {
            throw new InvalidInput("regions", "guidance.regions.empty", "Too many regions");
        }
        List<Attendance> attendance = in.regions().stream()
                .map(r -> r == null
                        ? Attendance.check(null, null, null)
                        : Attendance.check(r.regionCode(), r.attendees(), r.headcount()))
                .toList();
        for (Attendance a : attendance) {
            access.ensureCanGuide(actor, a.regionCode());
        }
        Set<String> seen = new HashSet<>();
        for (Attendance a : attendance) {
            if (!seen.add(a.regionCode())) {
                throw new InvalidInput(
                        "regions", "guidance.region.twice", a.regionCode() + " is listed twice", a.regionCode());
            }
            if (!cohorts.inProgramme(a.regionCode())) {
                throw new InvalidInput(
                        "regions",
                        "guidance.region.notInProgramme",
                        a.regionCode() + " is in no confirmed cohort",
                        a.regionCode());
            }
        }
        if (in.heldOn() == null || in.heldOn().getYear() < 2000 || in.heldOn().getYear() > 2100) {
            throw new InvalidInput("heldOn", "guidance.heldOn", "The date the session was held is missing");
        }
        String topic = text(in.topic(), "topic", true);
        String place = text(in.place(), "place", false);
        boolean online = Boolean.TRUE.equals(in.online());
        if (place == null && !online) {
            throw new InvalidInput("place", "guidance.place", "A session is held at a place or online");
        }
        String facilitator = text(in.facilitator(), "facilitator", true);
        long id = repository.insert(in.heldOn(), topic, place, online, facilitator, actor.username());
        for (Attendance a : attendance) {
            repository.attend(id, a);
            audit.record(AuditEvent.by(actor.username(), "GUIDANCE_SESSION_RECORDED")
                    .in(in.heldOn().getYear(), a.regionCode())
                    .about("guidance session " + id + ": " + topic)
                    .to(in.heldOn() + ", " + (online ? "online" : place) + ", " + facilitator + ", " + a.count()
                            + " attending"));
        }
        return get(id, actor);
    }

    /** The sessions of the year (every year when null) the caller may see, the latest first. */
    public List<GuidanceSessionView> list(Integer year, Actor actor) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "guidance.year", "The year lies between 2000 and 2100");
        }
        Map<String, String> names = names();
        return repository.held(year).stream()
                .map(s -> shown(s, actor, names))
                .filter(s -> !s.regions().isEmpty())
                .toList();
    }

    /** One session: administrators, and the operators and mentors of the regions attending. */
    public GuidanceSessionView get(long id, Actor actor) {
        GuidanceSessionView session = find(id);
        GuidanceSessionView shown = shown(session, actor, names());
        if (shown.regions().isEmpty()) {
            access.ensureCanRead(actor, session.regions().get(0).regionCode()); // refused, and audited
        }
        return shown;
    }

    /** The sessions the region attended, the latest first (access checked by the caller), with its attendance. */
    List<GuidanceSessionView> ofRegion(String region) {
        Set<Long> ids = Set.copyOf(repository.attendedBy(region));
        Map<String, String> names = names();
        return repository.held(null).stream()
                .filter(s -> ids.contains(s.id()))
                .map(s -> s.with(
                        s.regions().stream()
                                .filter(r -> r.regionCode().equals(region))
                                .map(r -> named(r, names))
                                .toList(),
                        materials.of(s.id())))
                .toList();
    }

    GuidanceSessionView find(long id) {
        return repository
                .find(id)
                .orElseThrow(() -> new NotFound("guidance.notFound", "No guidance session " + id, id));
    }

    /** The session as the caller sees it: no regions when it may not see it at all. */
    private GuidanceSessionView shown(GuidanceSessionView s, Actor actor, Map<String, String> names) {
        boolean sees = actor.isAdmin() || s.regions().stream().anyMatch(r -> access.canRead(actor, r.regionCode()));
        if (!sees) {
            return s.with(List.of(), List.of());
        }
        List<GuidanceSessionView.Region> regionsShown = s.regions().stream()
                .filter(r -> actor.isAdmin() || actor.isAssessor() || actor.isOperatorOf(r.regionCode()))
                .map(r -> named(r, names))
                .toList();
        return s.with(regionsShown, materials.of(s.id()));
    }

    private Map<String, String> names() {
        return regions.all().stream().collect(Collectors.toMap(RegionView::code, RegionView::name, (a, b) -> a));
    }

    private static GuidanceSessionView.Region named(GuidanceSessionView.Region r, Map<String, String> names) {
        return new GuidanceSessionView.Region(
                r.regionCode(),
                names.getOrDefault(r.regionCode(), r.regionCode()),
                r.attendees(),
                r.headcount(),
                r.count());
    }

    private static String text(String value, String field, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.length() > TOPIC_LENGTH || (required && v.isEmpty())) {
            throw new InvalidInput(
                    field, "guidance." + field, "The " + field + " is missing or longer than 300 characters");
        }
        return v.isEmpty() ? null : v;
    }
}
