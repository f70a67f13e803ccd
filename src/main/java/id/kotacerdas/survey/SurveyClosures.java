package id.kotacerdas.survey;

import id.kotacerdas.instrument.InstrumentChanged;
import id.kotacerdas.shared.cache.DerivedCache;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The regions whose survey is closed in a period, kept per period until a closure or a reopening commits (on
 * every instance, {@link SurveyClosureChanged}), or until the participants change (removing a participant removes
 * its closure): every form fetch asks, and both are rare. Storing a response checks the closure in the database
 * itself ({@code survey_submit}).
 */
@Component
class SurveyClosures {

    private final SurveyRepository repository;
    private final DerivedCache<Integer, Set<String>> closed = new DerivedCache<>(64);

    SurveyClosures(SurveyRepository repository) {
        this.repository = repository;
    }

    boolean isClosed(int year, String region) {
        return closed.get(year, repository::closedRegions).contains(region);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SurveyClosureChanged event) {
        closed.invalidate(event.year());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InstrumentChanged event) {
        closed.invalidate(event.year());
    }
}
