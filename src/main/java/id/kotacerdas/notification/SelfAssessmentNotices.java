package id.kotacerdas.notification;

import id.kotacerdas.assessment.SelfAssessmentReopened;
import id.kotacerdas.assessment.SelfAssessmentSubmitted;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.PeriodMoved;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.instrument.PeriodView;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a region's operators about their self-assessment: it opens, it was received (with the receipt number), it
 * was reopened (with the reason). Written in the transaction of the action (plain listeners run inside it).
 */
@Component
class SelfAssessmentNotices {

    private final Outbox outbox;
    private final Recipients recipients;
    private final InstrumentApi instruments;

    SelfAssessmentNotices(Outbox outbox, Recipients recipients, InstrumentApi instruments) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.instruments = instruments;
    }

    @EventListener
    void periodMoved(PeriodMoved moved) {
        if (moved.to() != PeriodStatus.SELF_ASSESSMENT) {
            return;
        }
        int year = moved.year();
        PeriodView period = instruments.period(year);
        for (ParticipantView participant : instruments.participants(year)) {
            String region = participant.regionCode();
            String name = recipients.regionName(region);
            var draft = Outbox.Draft.about(
                    NoticeKind.SELF_ASSESSMENT_OPENED,
                    year,
                    region,
                    name,
                    Map.of(
                            "opens",
                            period.selfAssessmentOpens() == null ? "" : period.selfAssessmentOpens(),
                            "deadline",
                            period.selfAssessmentDeadline() == null ? "" : period.selfAssessmentDeadline(),
                            "link",
                            selfAssessmentLink(year, region)));
            recipients.operatorsOf(region).forEach(to -> outbox.write(to, draft));
        }
    }

    @EventListener
    void submitted(SelfAssessmentSubmitted submitted) {
        int year = submitted.year();
        String region = submitted.regionCode();
        String name = recipients.regionName(region);
        var draft = new Outbox.Draft(
                NoticeKind.SUBMISSION_RECEIVED,
                year,
                region,
                List.of(String.valueOf(year), name, submitted.receiptNumber()),
                Map.of(
                        "year", String.valueOf(year),
                        "region", name,
                        "receipt", submitted.receiptNumber(),
                        "submittedAt", submitted.submittedAt(),
                        "submittedBy", submitted.submittedBy(),
                        "link", selfAssessmentLink(year, region)),
                null);
        recipients.operatorsOf(region).forEach(to -> outbox.write(to, draft));
    }

    @EventListener
    void reopened(SelfAssessmentReopened reopened) {
        int year = reopened.year();
        String region = reopened.regionCode();
        String name = recipients.regionName(region);
        var draft = Outbox.Draft.about(
                NoticeKind.SELF_ASSESSMENT_REOPENED,
                year,
                region,
                name,
                Map.of(
                        "reason",
                        reopened.reason(),
                        "deadline",
                        deadline(year),
                        "link",
                        selfAssessmentLink(year, region)));
        recipients.operatorsOf(region).forEach(to -> outbox.write(to, draft));
    }

    private Object deadline(int year) {
        PeriodView period = instruments.period(year);
        return period.selfAssessmentDeadline() == null ? "" : period.selfAssessmentDeadline();
    }

    private String selfAssessmentLink(int year, String region) {
        return outbox.link("/wilayah/" + year + "/" + region + "/penilaian-mandiri");
    }
}
