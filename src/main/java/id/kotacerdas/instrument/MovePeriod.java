package id.kotacerdas.instrument;

import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.shared.domain.InvalidInput;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a period to its next stage and sets its self-assessment dates. Moving to FINALIZED computes every
 * participant's result ({@link ResultsFinalization}); a refusal there leaves the period where it was.
 */
@Service
public class MovePeriod {

    private final Periods periods;
    private final InstrumentRepository repository;
    private final ResultsFinalization finalization;
    private final ApplicationEventPublisher events;

    MovePeriod(
            Periods periods,
            InstrumentRepository repository,
            ResultsFinalization finalization,
            ApplicationEventPublisher events) {
        this.periods = periods;
        this.repository = repository;
        this.finalization = finalization;
        this.events = events;
    }

    @Transactional
    public PeriodView transition(int year, String to, String reason, String actor) {
        PeriodStatus target = parse(to);
        Period period = periods.lock(year);
        Period moved = period.moveTo(target, periods.instrument(year));
        periods.save(moved);
        repository.log(year, actor, "TRANSITION " + period.status() + " -> " + target, reason);
        if (target == PeriodStatus.FINALIZED) {
            finalization.finalizeResults(year, actor);
        }
        events.publishEvent(new PeriodMoved(year, period.status(), target, actor));
        events.publishEvent(new InstrumentChanged(year));
        return PeriodViews.of(repository, periods.get(year));
    }

    @Transactional
    public PeriodView schedule(int year, LocalDate opens, LocalDate deadline, String actor) {
        Period period = periods.lock(year);
        periods.save(period.schedule(opens, deadline));
        repository.log(year, actor, "SCHEDULED", "opens " + opens + ", deadline " + deadline);
        events.publishEvent(new InstrumentChanged(year));
        return PeriodViews.of(repository, periods.get(year));
    }

    private static PeriodStatus parse(String to) {
        try {
            return PeriodStatus.valueOf(to == null ? "" : to.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("to", "period.status.unknown", "Unknown period status " + to, String.valueOf(to));
        }
    }
}
