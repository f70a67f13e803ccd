package id.kotacerdas.notification;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.PeriodView;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * 1-day reminder), each once per period, region, deadline, reminder and account, so a day the job missed is caught up
 * the next day. Only once the self-assessment has opened, and while the period is in SELF_ASSESSMENT, or, for a region
 * given an extension, in SELF_ASSESSMENT or ASSESSMENT up to the extension's day.
 */
@Service
public class DeadlineReminders {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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
            boolean opened = period.selfAssessmentOpens() == null || !today.isBefore(period.selfAssessmentOpens());
            if (period.status().selfAssessmentExtensible() && opened) {
                written += remind(period, today);
            }
        }
        return written;
    }

    /**
     * The period's unsubmitted regions whose deadline lies 0 to 7 days ahead: the period's deadline while it is in
     * SELF_ASSESSMENT, or the region's extension (its day in Western Indonesian Time), in either stage.
     */
    private int remind(PeriodView period, LocalDate today) {
        int year = period.year();
        int written = 0;
        for (ParticipantView participant : instruments.participants(year)) {
            String region = participant.regionCode();
            LocalDate deadline = assessment
                    .selfAssessmentExtension(year, region)
                    .map(e -> e.until().atZoneSameInstant(WIB).toLocalDate())
                    .orElse(period.status().selfAssessmentOpen() ? period.selfAssessmentDeadline() : null);
            long daysLeft = deadline == null ? -1 : ChronoUnit.DAYS.between(today, deadline);
            if (daysLeft < 0 || daysLeft > 7 || assessment.selfAssessmentSubmitted(year, region)) {
                continue;
            }
            written += remind(year, region, deadline, daysLeft, daysLeft <= 1 ? 1 : 7);
        }
        return written;
    }

    private int remind(int year, String region, LocalDate deadline, long daysLeft, int reminder) {
        InstrumentView instrument = instruments.instrument(year);
        int written = 0;
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
                        "unanswered", open.stream().map(DeadlineReminders::line).collect(Collectors.toList()),
                        "link", outbox.link("/wilayah/" + year + "/" + region + "/penilaian-mandiri")),
                null);
        for (var to : recipients.operatorsOf(region)) {
            // once per deadline: an extension's later deadline is reminded of again
            String key =
                    "DEADLINE_REMINDER:" + year + ":" + region + ":" + deadline + ":" + reminder + ":" + to.username();
            if (outbox.write(to, draft.keyed(key))) {
                written++;
            }
        }
        return written;
    }

    private static String line(InstrumentView.QuestionView q) {
        return q.no() + ". " + q.subIndicator();
    }
}
