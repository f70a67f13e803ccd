package id.kotacerdas.notification;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.PeriodView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the operators of every participating region that has not submitted its self-assessment, listing the
 * questions still unanswered: once 7 days or fewer are left (the 7-day reminder) and once 1 day or none is left (the
 * 1-day reminder), each once per period, region, reminder and account, so a day the job missed is caught up the next
 * day. Only while the period is in SELF_ASSESSMENT and the self-assessment has opened.
 */
@Service
public class DeadlineReminders {

    private final Outbox outbox;
    private final Recipients recipients;
    private final InstrumentApi instruments;
    private final AssessmentApi assessment;

    DeadlineReminders(Outbox outbox, Recipients recipients, InstrumentApi instruments, AssessmentApi assessment) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.instruments = instruments;
        this.assessment = assessment;
    }

    /** Queues the reminders due on {@code today} (a day in Western Indonesian Time); how many were written. */
    @Transactional
    public int queue(LocalDate today) {
        int written = 0;
        for (PeriodView period : instruments.periods()) {
            LocalDate deadline = period.selfAssessmentDeadline();
            boolean opened = period.selfAssessmentOpens() == null || !today.isBefore(period.selfAssessmentOpens());
            if (!period.status().selfAssessmentOpen() || deadline == null || !opened) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, deadline);
            if (daysLeft < 0 || daysLeft > 7) {
                continue;
            }
            written += remind(period.year(), deadline, daysLeft, daysLeft <= 1 ? 1 : 7);
        }
        return written;
    }

    private int remind(int year, LocalDate deadline, long daysLeft, int reminder) {
        InstrumentView instrument = instruments.instrument(year);
        int written = 0;
        for (ParticipantView participant : instruments.participants(year)) {
            String region = participant.regionCode();
            if (assessment.selfAssessmentSubmitted(year, region)) {
                continue;
            }
            Set<Integer> answered = assessment.answeredQuestions(year, region);
            List<InstrumentView.QuestionView> open = instrument.questions().stream()
                    .filter(q -> !answered.contains(q.no()))
                    .toList();
            String name = recipients.regionName(region);
            var draft = new Outbox.Draft(
                    NoticeKind.DEADLINE_REMINDER,
                    year,
                    region,
                    List.of(String.valueOf(year), name, String.valueOf(daysLeft)),
                    Map.of(
                            "year", String.valueOf(year),
                            "region", name,
                            "deadline", deadline,
                            "daysLeft", daysLeft,
                            "unansweredCount", open.size(),
                            "unanswered",
                                    open.stream().map(DeadlineReminders::line).collect(Collectors.toList()),
                            "link", outbox.link("/wilayah/" + year + "/" + region + "/penilaian-mandiri")),
                    null);
            for (var to : recipients.operatorsOf(region)) {
                String key = "DEADLINE_REMINDER:" + year + ":" + region + ":" + reminder + ":" + to.username();
                var keyed = new Outbox.Draft(draft.kind(), year, region, draft.subjectArgs(), draft.model(), key);
                if (outbox.write(to, keyed)) {
                    written++;
                }
            }
        }
        return written;
    }

    private static String line(InstrumentView.QuestionView q) {
        return q.no() + ". " + q.subIndicator();
    }
}
