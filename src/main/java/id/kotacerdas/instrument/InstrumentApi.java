package id.kotacerdas.instrument;

import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.instrument.InstrumentView.TrackView;
import id.kotacerdas.instrument.domain.Dimension;
import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Period;
import id.kotacerdas.shared.cache.DerivedCache;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The instrument module's facade: periods, their instruments and participants, read-only. Periods and
 * instruments are read on every results page, so they are kept in memory until a change to them commits;
 * this module's caches are dropped before those derived from them (national tables, survey forms).
 */
@Service
public class InstrumentApi {

    private final InstrumentRepository repository;
    private final Periods periods;
    private static final String ALL = "all";

    private final DerivedCache<Integer, InstrumentView> instruments = new DerivedCache<>(64);
    private final DerivedCache<String, List<PeriodView>> periodList = new DerivedCache<>(1);
    private final DerivedCache<Integer, Set<String>> participantCodes = new DerivedCache<>(64);

    InstrumentApi(InstrumentRepository repository, Periods periods) {
        this.repository = repository;
        this.periods = periods;
    }

    public List<PeriodView> periods() {
        return periodList.get(
                ALL,
                all -> repository.periods().stream()
                        .map(p -> PeriodViews.of(repository, p))
                        .toList());
    }

    public PeriodView period(int year) {
        return findPeriod(year).orElseThrow(() -> Periods.notFound(year));
    }

    /**
     * The period as its row stands now (not the kept copy), held in share mode until the caller's transaction
     * ends: a change that checks the stage and writes in one transaction cannot commit after the period moved
     * on (a move to FINALIZED waits for it, and computes the results with it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PeriodView lockStage(int year) {
        return PeriodViews.of(repository, periods.lockShared(year));
    }

    public Optional<PeriodView> findPeriod(int year) {
        return periods().stream().filter(p -> p.year() == year).findFirst();
    }

    public InstrumentView instrument(int year) {
        return instruments.get(year, this::load);
    }

    /**
     * The instrument as a reader may see it: a DRAFT period's questionnaire is the ministry's working copy, so
     * only administrators read it; anyone else is told there is no published instrument (404).
     */
    public InstrumentView instrumentFor(int year, boolean admin) {
        InstrumentView instrument = instrument(year);
        if (!admin && !instrument.status().instrumentFrozen()) {
            throw new NotFound("instrument.draft", "The instrument of " + year + " is not published yet", year);
        }
        return instrument;
    }

    @Order(Ordered.HIGHEST_PRECEDENCE)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InstrumentChanged event) {
        instruments.invalidate(event.year());
        periodList.invalidateAll();
        participantCodes.invalidate(event.year());
    }

    private InstrumentView load(int year) {
        Period period = periods.get(year);
        Instrument instrument = repository.instrument(year);
        List<DimensionView> dimensions = instrument.dimensions().stream()
                .map(d -> new DimensionView(d.code(), d.name(), weightsOf(instrument, d), count(instrument, d)))
                .toList();
        return new InstrumentView(
                year,
                period.status(),
                period.status().instrumentFrozen(),
                instrument.tracks().stream()
                        .map(t -> new TrackView(t.code(), t.name()))
                        .toList(),
                dimensions,
                instrument.questions().stream()
                        .map(q -> new QuestionView(q.no(), q.dimension(), q.indicator(), q.subIndicator(), q.text()))
                        .toList());
    }

    /**
     * Whether the region takes part in the period, from the kept list (the public survey asks on every form; the
     * participants as stored now are {@link #participants}). A change on another instance is seen once its
     * notice arrives; what is stored for a region that no longer takes part is refused by the database.
     */
    public boolean takesPart(int year, String regionCode) {
        period(year);
        return participantCodes
                .get(year, y -> Set.copyOf(repository.participantCodes(y)))
                .contains(regionCode);
    }

    public List<ParticipantView> participants(int year) {
        periods.get(year);
        return repository.participants(year).stream()
                .map(p -> new ParticipantView(p.year(), p.regionCode(), p.track()))
                .toList();
    }

    private static Map<String, BigDecimal> weightsOf(Instrument instrument, Dimension d) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        instrument.tracks().forEach(t -> {
            BigDecimal w = instrument.weights().getOrDefault(t.code(), Map.of()).get(d.code());
            if (w != null) {
                weights.put(t.code(), w.stripTrailingZeros());
            }
        });
        return weights;
    }

    private static int count(Instrument instrument, Dimension d) {
        return (int) instrument.questions().stream()
                .filter(q -> q.dimension().equals(d.code()))
                .count();
    }
}
