package id.kotacerdas.instrument;

import id.kotacerdas.instrument.InstrumentView.DimensionView;
import id.kotacerdas.instrument.InstrumentView.QuestionView;
import id.kotacerdas.instrument.InstrumentView.TrackView;
import id.kotacerdas.instrument.domain.Dimension;
import id.kotacerdas.instrument.domain.Instrument;
import id.kotacerdas.instrument.domain.Period;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The instrument module's facade: periods, their instruments and participants, read-only. */
@Service
public class InstrumentApi {

    private final InstrumentRepository repository;
    private final Periods periods;

    InstrumentApi(InstrumentRepository repository, Periods periods) {
        this.repository = repository;
        this.periods = periods;
    }

    public List<PeriodView> periods() {
        return repository.periods().stream()
                .map(p -> PeriodViews.of(repository, p))
                .toList();
    }

    public PeriodView period(int year) {
        return PeriodViews.of(repository, periods.get(year));
    }

    public Optional<PeriodView> findPeriod(int year) {
        return repository.period(year).map(p -> PeriodViews.of(repository, p));
    }

    public InstrumentView instrument(int year) {
        Period period = periods.get(year);
        Instrument instrument = repository.instrument(year);
        List<DimensionView> dimensions = instrument.dimensions().stream()
                .map(d -> new DimensionView(d.code(), d.name(), weightsOf(instrument, d), count(instrument, d)))
                .toList();
        return new InstrumentView(
                year,
                period.status().name(),
                period.status().instrumentFrozen(),
                instrument.tracks().stream()
                        .map(t -> new TrackView(t.code(), t.name()))
                        .toList(),
                dimensions,
                instrument.questions().stream()
                        .map(q -> new QuestionView(q.no(), q.dimension(), q.indicator(), q.subIndicator(), q.text()))
                        .toList());
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
