package id.kotacerdas.monitoring;

import id.kotacerdas.monitoring.domain.MonitoringSummary;
import id.kotacerdas.shared.cache.DerivedCache;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each masterplan's monitoring summary of a year or semester, kept until a change to the masterplan commits (on
 * every instance): the ministry's national view adds up hundreds of them.
 */
@Component
class MonitoringSummaries {

    record Key(long plan, int year, int semester) {}

    private final MasterplanRepository repository;
    private final DerivedCache<Key, MonitoringSummary> summaries = new DerivedCache<>(20_000);

    MonitoringSummaries(MasterplanRepository repository) {
        this.repository = repository;
    }

    MonitoringSummary of(long plan, int year, Integer semester) {
        return summaries.get(
                new Key(plan, year, semester == null ? 0 : semester),
                key -> MonitoringSummary.of(
                        repository.details(plan).stream()
                                .map(MasterplanRepository.Detail::item)
                                .toList(),
                        year,
                        semester));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MasterplanChanged event) {
        List<Key> keys = new ArrayList<>();
        for (int year = event.startYear(); year <= event.endYear(); year++) {
            for (int semester = 0; semester <= 2; semester++) {
                keys.add(new Key(event.plan(), year, semester));
            }
        }
        summaries.invalidate(keys.toArray(Key[]::new));
    }
}
