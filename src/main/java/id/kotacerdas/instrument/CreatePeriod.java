package id.kotacerdas.instrument;

import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Comparator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates next year's period as a draft, with a copy of an earlier period's instrument. */
@Service
public class CreatePeriod {

    private final InstrumentRepository repository;
    private final ApplicationEventPublisher events;

    CreatePeriod(InstrumentRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public PeriodView create(int year, Integer copyInstrumentFrom, String actor) {
        Period draft = Period.draft(year, copyInstrumentFrom);
        if (repository.period(year).isPresent()) {
            throw new Conflict("period.exists", "Period " + year + " already exists", year);
        }
        int source = copyInstrumentFrom != null ? copyInstrumentFrom : latestYear();
        if (repository.period(source).isEmpty()) {
            throw new InvalidInput(
                    "copyInstrumentFrom", "period.copySource.missing", "No period " + source + " to copy", source);
        }
        Instrument original = repository.instrument(source);
        Period period = new Period(year, draft.status(), null, null, source, 0);
        repository.insert(period);
        repository.insertStructure(new Instrument(
                year, original.tracks(), original.dimensions(), original.weights(), original.questions()));
        repository.log(year, actor, "CREATED", "instrument copied from " + source);
        events.publishEvent(new PeriodCreated(year, source));
        events.publishEvent(new InstrumentChanged(year));
        return PeriodViews.of(repository, period);
    }

    private int latestYear() {
        return repository.periods().stream()
                .map(Period::year)
                .max(Comparator.naturalOrder())
                .orElseThrow(() ->
                        new InvalidInput("copyInstrumentFrom", "period.copySource.none", "No period to copy from"));
    }
}
