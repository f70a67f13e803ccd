package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.Distribution;
import id.kotacerdas.analytics.domain.ImprovementLeaders;
import id.kotacerdas.analytics.domain.RegionFinal;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentChanged;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.NationalTable;
import id.kotacerdas.scoring.ResultsChanged;
import id.kotacerdas.shared.cache.DerivedCache;
import id.kotacerdas.shared.domain.InvalidInput;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The distribution of a period's finals (docs/method.md 10.5), computed once per national table: kept with the
 * table it was computed from and computed again for a table built anew (an import, a correction, a finalization, a
 * weight change), also before this instance has heard of the change; the change's event then drops it.
 */
@Component
class Distributions {

    private record Figures(NationalTable table, Distribution distribution) {}

    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final DerivedCache<Integer, Figures> figures = new DerivedCache<>(64);

    Distributions(NationalResultsApi results, InstrumentApi instruments) {
        this.results = results;
        this.instruments = instruments;
    }

    /** As {@link TrendsApi#distribution}. */
    NationalDistribution of(int year, int top, boolean admin) {
        if (top < 1 || top > TrendsApi.MAX_TOP) {
            throw new InvalidInput(
                    "top",
                    "distribution.top",
                    "top must be between 1 and " + TrendsApi.MAX_TOP,
                    top,
                    TrendsApi.MAX_TOP);
        }
        NationalTable table = results.visibleTable(year, admin);
        boolean draft = results.preview(year, admin);
        Distribution distribution = figuresOf(table).distribution();
        ImprovementLeaders leaders = distribution.leaders(top);
        return new NationalDistribution(
                year,
                draft,
                distribution.regions(),
                distribution.histogram(),
                distribution.byTrack(),
                distribution.byProvince(),
                new NationalDistribution.Leaders(
                        leaders.top(),
                        leaders.ranked(),
                        leaders.tiedAtCutoff(),
                        leaders.leaders().stream().map(Distributions::leader).toList()));
    }

    /** The distribution kept for this very table, computed again when the table was built anew since. */
    private Figures figuresOf(NationalTable table) {
        Figures kept = figures.get(table.year(), y -> compute(table));
        if (kept.table() != table) {
            figures.invalidate(table.year());
            kept = figures.get(table.year(), y -> compute(table));
        }
        return kept;
    }

    private Figures compute(NationalTable table) {
        List<Distribution.Track> tracks = instruments.instrument(table.year()).tracks().stream()
                .map(t -> new Distribution.Track(t.code(), t.name()))
                .toList();
        List<RegionFinal> finals = table.lines().stream()
                .map(l -> new RegionFinal(
                        l.regionCode(),
                        l.regionName(),
                        l.provinceCode(),
                        l.provinceName(),
                        l.track(),
                        l.finalScore(),
                        l.improvement(),
                        l.improvementSource()))
                .toList();
        return new Figures(table, Distribution.of(finals, tracks));
    }

    private static NationalDistribution.Leader leader(ImprovementLeaders.Leader leader) {
        RegionFinal r = leader.region();
        return new NationalDistribution.Leader(
                leader.rank(),
                r.regionCode(),
                r.regionName(),
                r.provinceCode(),
                r.provinceName(),
                r.track(),
                r.improvement(),
                r.improvementSource(),
                r.finalScore());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResultsChanged event) {
        figures.invalidate(event.year(), event.year() + 1);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InstrumentChanged event) {
        figures.invalidate(event.year(), event.year() + 1);
    }
}
