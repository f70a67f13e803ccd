package id.kotacerdas.notification;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.instrument.PeriodMoved;
import id.kotacerdas.instrument.PeriodStatus;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a period's results are published, tells everyone concerned with each participating region (its operators and
 * its panel's assessors) with the links to the region's results page and report. One notice per account and region.
 */
@Component
class ResultNotices {

    private final Outbox outbox;
    private final Recipients recipients;
    private final InstrumentApi instruments;

    ResultNotices(Outbox outbox, Recipients recipients, InstrumentApi instruments) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.instruments = instruments;
    }

    @EventListener
    void periodMoved(PeriodMoved moved) {
        if (moved.to() != PeriodStatus.PUBLISHED) {
            return;
        }
        int year = moved.year();
        for (ParticipantView participant : instruments.participants(year)) {
            String region = participant.regionCode();
            String name = recipients.regionName(region);
            var draft = Outbox.Draft.about(
                    NoticeKind.RESULTS_PUBLISHED,
                    year,
                    region,
                    name,
                    Map.of(
                            "resultsUrl",
                            outbox.link("/hasil/" + year + "/" + region),
                            "reportUrl",
                            outbox.link("/api/v1/periods/" + year + "/regions/" + region + "/report.pdf")));
            recipients.concernedWith(year, region).forEach(to -> outbox.write(to, draft));
        }
    }
}
