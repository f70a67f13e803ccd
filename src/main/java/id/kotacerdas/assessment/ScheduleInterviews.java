package id.kotacerdas.assessment;

import id.kotacerdas.audit.AuditEvent;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's side of a region's evaluation: the stage I consultation notes (no scores), the
 * interview session of stage II (date, time, meeting link) and who attended it.
 */
@Service
public class ScheduleInterviews {

    private final PanelRecordsRepository records;
    private final PanelRepository panels;
    private final SelfAssessmentContext context;
    private final RegionAccess access;
    private final AuditTrail audit;
    private final RegionDisclosure disclosure;
    private final ApplicationEventPublisher events;

    ScheduleInterviews(
            PanelRecordsRepository records,
            PanelRepository panels,
            SelfAssessmentContext context,
            RegionAccess access,
            AuditTrail audit,
            RegionDisclosure disclosure,
            ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
        this.disclosure = disclosure;
        this.panels = panels;
        this.context = context;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public InterviewView schedule(int year, String region, OffsetDateTime at, String link, Actor actor) {
        access.ensureAdmin(actor);
        context.ensureParticipant(year, region);
        ensureNotClosed(year);
        if (at == null) {
            throw new InvalidInput("scheduledAt", "interview.when", "The date and time are required");
        }
        if (link != null && !link.isBlank() && !link.strip().startsWith("https://")) {
            throw new InvalidInput("meetingLink", "interview.link", "The meeting link must start with https://");
        }
        String before =
                records.interview(year, region).map(InterviewView::toString).orElse(null);
        records.schedule(year, region, at, link == null ? "" : link.strip());
        InterviewView after = records.interview(year, region).orElseThrow();
        audit.record(AuditEvent.by(actor.username(), "INTERVIEW_SCHEDULED")
                .in(year, region)
                .from(before)
                .to(at + " " + after.meetingLink()));
        events.publishEvent(new InterviewScheduled(year, region, after.scheduledAt(), after.meetingLink()));
        return after;
    }

    @Transactional
    public InterviewView recordAttendance(
            int year, String region, boolean regionAttended, List<String> assessors, Actor actor) {
        access.ensureAdmin(actor);
        ensureNotClosed(year);
        records.interview(year, region)
                .orElseThrow(() -> new NotFound("interview.notFound", "No interview scheduled", region));
        List<String> present = assessors == null ? List.of() : assessors;
        List<String> members = panels.members(year, region);
        for (String a : present) {
            if (!members.contains(a)) {
                throw new InvalidInput("assessorsPresent", "interview.notOnPanel", a + " is not on the panel", a);
            }
        }
        records.recordAttendance(year, region, regionAttended, present);
        audit.record(AuditEvent.by(actor.username(), "INTERVIEW_HELD")
                .in(year, region)
                .to("region attended " + regionAttended + "; " + present));
        return records.interview(year, region).orElseThrow();
    }

    /** The interview; the region's operator sees which assessors attended only once the period is PUBLISHED. */
    public InterviewView interview(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        InterviewView interview = records.interview(year, region)
                .orElseThrow(() -> new NotFound("interview.notFound", "No interview scheduled", region));
        return disclosure.withheldFrom(reader, year) ? interview.withoutAssessors() : interview;
    }

    @Transactional
    public ConsultationNoteView addNote(int year, String region, String note, Actor actor) {
        access.ensureAdmin(actor);
        context.ensureParticipant(year, region);
        ensureNotClosed(year);
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "consultation.note.required", "The note is empty");
        }
        records.addNote(year, region, actor.username(), note.strip());
        audit.record(AuditEvent.by(actor.username(), "CONSULTATION_NOTE")
                .in(year, region)
                .to(note.strip()));
        List<ConsultationNoteView> notes = records.notes(year, region);
        return notes.get(notes.size() - 1);
    }

    public List<ConsultationNoteView> notes(int year, String region, Actor reader) {
        access.ensureCanRead(reader, year, region);
        return records.notes(year, region);
    }

    private void ensureNotClosed(int year) {
        if (context.lockedWindow(year).periodStatus().resultsFrozen()) {
            throw new Conflict("period.closed", "The period is finalized; its records are frozen", year);
        }
    }
}
