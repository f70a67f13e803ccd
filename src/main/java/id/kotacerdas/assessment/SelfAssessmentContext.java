package id.kotacerdas.assessment;

import id.kotacerdas.assessment.domain.SelfAssessmentWindow;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.shared.domain.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** What the self-assessment use cases need to know of a period: its window, questions and participants. */
@Component
class SelfAssessmentContext {

    private final InstrumentApi instruments;
    private final Clock clock;

    SelfAssessmentContext(InstrumentApi instruments, Clock clock) {
        this.instruments = instruments;
        this.clock = clock;
    }

    SelfAssessmentWindow window(int year) {
        PeriodView p = instruments.period(year);
        return new SelfAssessmentWindow(year, p.status(), p.selfAssessmentOpens(), p.selfAssessmentDeadline());
    }

    /**
     * The window as the period's row stands now, held in share mode until the caller's transaction ends, so a
     * change checked against the stage commits before the period moves on, or is refused after it moved.
     */
    SelfAssessmentWindow lockedWindow(int year) {
        PeriodView p = instruments.lockStage(year);
        return new SelfAssessmentWindow(year, p.status(), p.selfAssessmentOpens(), p.selfAssessmentDeadline());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    InstrumentView instrument(int year) {
        return instruments.instrument(year);
    }

    /** Refuses a region that does not take part in the period. */
    void ensureParticipant(int year, String region) {
        boolean takesPart = instruments.participants(year).stream()
                .anyMatch(p -> p.regionCode().equals(region));
        if (!takesPart) {
            throw new NotFound(
                    "selfAssessment.notParticipant", region + " does not take part in " + year, region, year);
        }
    }

    void ensureQuestion(int year, int no) {
        instrument(year).question(no);
    }
}
