package id.kotacerdas.notification;

import id.kotacerdas.assessment.InterviewScheduled;
import id.kotacerdas.assessment.PanelAssigned;
import id.kotacerdas.assessment.ReconciliationWaiting;
import id.kotacerdas.notification.domain.CalendarInvite;
import id.kotacerdas.notification.domain.IcsWriter;
import id.kotacerdas.security.UserAccount;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells assessors about their panels: they joined one, the interview is scheduled (the region's operators too, with a
 * calendar invitation), reconciliation waits for them. Written in the transaction of the action.
 */
@Component
class PanelNotices {

    /** How long an interview is planned to take, for the calendar. */
    static final Duration INTERVIEW_LENGTH = Duration.ofHours(2);

    private final Outbox outbox;
    private final Recipients recipients;
    private final NoticeRepository notices;
    private final MailChannel mail;
    private final NoticeTemplates templates;
    private final Clock clock;

    PanelNotices(
            Outbox outbox,
            Recipients recipients,
            NoticeRepository notices,
            MailChannel mail,
            NoticeTemplates templates,
            Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.recipients = recipients;
        this.notices = notices;
        this.mail = mail;
        this.clock = clock;
    }

    @EventListener
    void assigned(PanelAssigned assigned) {
        int year = assigned.year();
        String region = assigned.regionCode();
        String name = recipients.regionName(region);
        var draft = Outbox.Draft.about(
                NoticeKind.PANEL_ASSIGNED, year, region, name, Map.of("link", scoringLink(year, region)));
        recipients.enabled(assigned.joined()).forEach(to -> outbox.write(to, draft));
    }

    @EventListener
    void interviewScheduled(InterviewScheduled interview) {
        int year = interview.year();
        String region = interview.regionCode();
        String name = recipients.regionName(region);
        String link = interview.meetingLink() == null ? "" : interview.meetingLink();
        var draft = Outbox.Draft.about(
                NoticeKind.INTERVIEW_SCHEDULED,
                year,
                region,
                name,
                Map.of("at", interview.scheduledAt(), "meetingLink", link));
        for (UserAccount to : recipients.concernedWith(year, region)) {
            var invite = new CalendarInvite(
                    "interview-" + year + "-" + region + "@kotacerdas",
                    notices.count(to.username(), NoticeKind.INTERVIEW_SCHEDULED, year, region),
                    clock.instant(),
                    interview.scheduledAt().toInstant(),
                    INTERVIEW_LENGTH,
                    templates.message(
                            "mail.interview-scheduled.summary", Outbox.locale(to), String.valueOf(year), name),
                    name + " (" + region + ")",
                    link,
                    mail.from().isBlank() ? null : mail.from(),
                    to.email());
            byte[] ics = IcsWriter.write(invite).getBytes(StandardCharsets.UTF_8);
            outbox.write(to, draft, new Attachment("wawancara-" + year + "-" + region + ".ics", CALENDAR, ics));
        }
    }

    @EventListener
    void reconciliation(ReconciliationWaiting waiting) {
        int year = waiting.year();
        String region = waiting.regionCode();
        String name = recipients.regionName(region);
        var draft = Outbox.Draft.about(
                NoticeKind.RECONCILIATION_WAITING,
                year,
                region,
                name,
                Map.of(
                        "questions",
                        waiting.questions().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        "reason",
                        waiting.reopened() ? waiting.reason() : "",
                        "link",
                        scoringLink(year, region)));
        recipients.enabled(waiting.assessors()).forEach(to -> outbox.write(to, draft));
    }

    static final String CALENDAR = "text/calendar; charset=UTF-8; method=REQUEST";

    private String scoringLink(int year, String region) {
        return outbox.link("/penilaian/" + year + "/" + region);
    }
}
