package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.shared.domain.Conflict;
import org.springframework.stereotype.Component;

/**
 * Whether a survey takes responses: its period is in SELF_ASSESSMENT or ASSESSMENT (docs/api.md, "Citizen
 * survey"), and the region's operator or an administrator has not closed it.
 */
@Component
class SurveyStatus {

    private final InstrumentApi instruments;
    private final SurveyClosures closures;

    SurveyStatus(InstrumentApi instruments, SurveyClosures closures) {
        this.instruments = instruments;
        this.closures = closures;
    }

    boolean periodOpen(int year) {
        return instruments.period(year).status().surveyOpen();
    }

    void ensurePeriodOpen(int year) {
        PeriodView period = instruments.period(year);
        if (!period.status().surveyOpen()) {
            throw new Conflict(
                    "survey.periodNotOpen", "The " + year + " survey is not open (" + period.status() + ")", year);
        }
    }

    boolean open(int year, String region) {
        return periodOpen(year) && !closures.isClosed(year, region);
    }
}
