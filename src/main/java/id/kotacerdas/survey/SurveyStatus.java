package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.shared.domain.Conflict;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether a survey takes responses: its period is in SELF_ASSESSMENT or ASSESSMENT (docs/api.md, "Citizen
 * survey"), and the region's operator or an administrator has not closed it.
 */
@Component
class SurveyStatus {

    static final Set<String> OPEN_STAGES = Set.of("SELF_ASSESSMENT", "ASSESSMENT");

    private final InstrumentApi instruments;
    private final SurveyRepository repository;

    SurveyStatus(InstrumentApi instruments, SurveyRepository repository) {
        this.instruments = instruments;
        this.repository = repository;
    }

    boolean periodOpen(int year) {
        return OPEN_STAGES.contains(instruments.period(year).status());
    }

    void ensurePeriodOpen(int year) {
        PeriodView period = instruments.period(year);
        if (!OPEN_STAGES.contains(period.status())) {
            throw new Conflict(
                    "survey.periodNotOpen", "The " + year + " survey is not open (" + period.status() + ")", year);
        }
    }

    boolean open(int year, String region) {
        return periodOpen(year) && !repository.isClosed(year, region);
    }
}
