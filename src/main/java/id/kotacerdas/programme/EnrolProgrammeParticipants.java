package id.kotacerdas.programme;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.programme.domain.EnrolmentPlan;
import id.kotacerdas.programme.domain.EnrolmentPlan.Member;
import id.kotacerdas.programme.domain.EnrolmentPlan.PastTrack;
import id.kotacerdas.security.Actor;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator makes the programme's regions take part in an evaluation period: every region of a cohort
 * before the period's year that does not take part yet is added, on the track it had last (EnrolmentPlan), all in
 * one transaction; each addition is logged as the participants page's are, and the whole is audited.
 */
@Service
public class EnrolProgrammeParticipants {

    static final String DEFAULT_TRACK = "REGULER";

    private final ProgrammeApi programme;
    private final InstrumentApi instruments;
    private final ManageParticipants participants;
    private final AuditTrail audit;

    EnrolProgrammeParticipants(
            ProgrammeApi programme, InstrumentApi instruments, ManageParticipants participants, AuditTrail audit) {
        this.programme = programme;
        this.instruments = instruments;
        this.participants = participants;
        this.audit = audit;
    }

    @Transactional
    public EnrolmentPlan enrol(int year, Actor actor) {
        SelectionAccess.requireAdmin(actor);
        InstrumentView instrument = instruments.instrument(year);
        Set<String> tracks =
                instrument.tracks().stream().map(InstrumentView.TrackView::code).collect(Collectors.toSet());
        String defaultTrack = tracks.contains(DEFAULT_TRACK)
                ? DEFAULT_TRACK
                : instrument.tracks().get(0).code();
        List<Member> members = programme.participants().stream()
                .map(p -> new Member(p.regionCode(), p.joined()))
                .toList();
        Set<String> taking = instruments.participants(year).stream()
                .map(ParticipantView::regionCode)
                .collect(Collectors.toSet());
        EnrolmentPlan plan = EnrolmentPlan.of(year, members, taking, latestTracks(year), defaultTrack, tracks);
        plan.added().forEach(e -> participants.set(year, e.regionCode(), e.track(), actor.username()));
        audit.record(AuditEvent.by(actor.username(), "PROGRAMME_PARTICIPANTS_ENROLLED")
                .inPeriod(year)
                .about("the programme's regions")
                .to(plan.added().size() + " added, " + plan.alreadyIn().size() + " already taking part"));
        return plan;
    }

    /** Each region's track in its latest period before the year. */
    private Map<String, PastTrack> latestTracks(int year) {
        Map<String, PastTrack> latest = new HashMap<>();
        instruments.periods().stream()
                .map(PeriodView::year)
                .filter(y -> y < year)
                .sorted(Comparator.reverseOrder())
                .forEach(y -> instruments
                        .participants(y)
                        .forEach(p -> latest.putIfAbsent(p.regionCode(), new PastTrack(y, p.track()))));
        return latest;
    }
}
