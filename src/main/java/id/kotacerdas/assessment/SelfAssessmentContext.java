package id.kotacerdas.assessment;

import id.kotacerdas.assessment.domain.SelfAssessmentWindow;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.shared.domain.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the self-assessment use cases need to know of a period: its window, questions and participants. */
@Component
class SelfAssessmentContext {

    private final InstrumentApi instruments;
    private final ExtensionRepository extensions;
    private final Clock clock;

    SelfAssessmentContext(InstrumentApi instruments, ExtensionRepository extensions, Clock clock) {
        this.instruments = instruments;
        this.extensions = extensions;
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

    /**
     * Refuses a change to the region's self-assessment unless the period takes it (stage, dates) or the region's
     * extension runs, and unless it is unsubmitted; the period's row stays locked as in {@link #lockedWindow}.
     */
    void ensureOpen(int year, String region, boolean submitted) {
        Instant until = extension(year, region).map(e -> e.until().toInstant()).orElse(null);
        lockedWindow(year).ensureOpen(today(), submitted, clock.instant(), until);
    }

    Optional<SelfAssessmentExtension> extension(int year, String region) {
        return extensions.find(year, region);
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
