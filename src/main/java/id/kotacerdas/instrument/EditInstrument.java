package id.kotacerdas.instrument;

import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.instrument.domain.Question;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Edits the questions and weights of a draft period's instrument; a period that has opened refuses. */
@Service
public class EditInstrument {

    private final Periods periods;
    private final InstrumentRepository repository;
    private final ApplicationEventPublisher events;

    EditInstrument(Periods periods, InstrumentRepository repository, ApplicationEventPublisher events) {
        this.periods = periods;
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    public void setWeights(int year, String track, Map<String, BigDecimal> weights, String actor) {
        edit(year, actor, "WEIGHTS " + track + " " + weights, i -> i.withWeights(track, weights));
    }

    @Transactional
    public void updateQuestion(int year, Question question, String actor) {
        edit(year, actor, "QUESTION_EDITED " + question.no(), i -> i.withQuestion(question));
    }

    @Transactional
    public int addQuestion(int year, Question question, String actor) {
        Instrument after = edit(year, actor, "QUESTION_ADDED", i -> i.withNewQuestion(question));
        return after.questions().size();
    }

    @Transactional
    public void removeQuestion(int year, int no, String actor) {
        edit(year, actor, "QUESTION_REMOVED " + no, i -> i.withoutQuestion(no));
    }

    private Instrument edit(int year, String actor, String what, UnaryOperator<Instrument> change) {
        Period period = periods.lock(year);
        period.ensureInstrumentEditable();
        Instrument after = change.apply(periods.instrument(year));
        repository.replaceContent(after);
        repository.log(year, actor, "INSTRUMENT_EDITED", what);
        events.publishEvent(new InstrumentChanged(year));
        return after;
    }
}
