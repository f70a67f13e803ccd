package id.kotacerdas.scoring;

import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentChanged;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ParticipantView;
import id.kotacerdas.scoring.domain.WeightPerturbation;
import id.kotacerdas.shared.cache.DerivedCache;
import id.kotacerdas.shared.domain.InvalidInput;
import id.kotacerdas.shared.domain.NotFound;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The scoring module's facade for national results. A period's table is computed once from the stored
 * scores and the period's weights, and kept until its scores, weights or participants change (or those
 * of the year before, which give the improvement). A table built while such a change commits is never kept
 * ({@link DerivedCache}).
 */
@Service
public class NationalResultsApi {

    private final InstrumentApi instruments;
    private final NationalTableBuilder builder;
    private final ComputeAssessedResult assessed;
    private final RankRangesOfTables rankRanges;
    private final FinalIntervals intervals;
    private final DerivedCache<Integer, NationalTable> tables = new DerivedCache<>(64);
    private final DerivedCache<Integer, Map<String, Map<Integer, BigDecimal>>> questionScores = new DerivedCache<>(16);

    NationalResultsApi(
            InstrumentApi instruments,
            NationalTableBuilder builder,
            ComputeAssessedResult assessed,
            RankRangesOfTables rankRanges,
            FinalIntervals intervals) {
        this.instruments = instruments;
        this.builder = builder;
        this.assessed = assessed;
        this.rankRanges = rankRanges;
        this.intervals = intervals;
    }

    /** The table of {@code year}; throws NotFound when there is no such period. */
    public NationalTable table(int year) {
        return tables.get(year, this::build);
    }

    private NationalTable build(int year) {
        InstrumentView instrument = instruments.instrument(year);
        Optional<NationalTable> previous = instruments.findPeriod(year - 1).map(p -> table(p.year()));
        return builder.build(instrument, previous);
    }

    /**
     * The table as the public may read it: results computed from a period's assessments are public only
     * once the period is PUBLISHED; administrators read them from finalization on.
     */
    public NationalTable visibleTable(int year, boolean admin) {
        if (!visible(year, admin)) {
            throw new NotFound("results.notPublished", "The results of " + year + " are not published yet", year);
        }
        return table(year);
    }

    /**
     * Whether this reader sees the table only as a preview (an administrator before the period's results are
     * public), which outputs mark as a draft; NotFound when the reader may not see it at all.
     */
    public boolean preview(int year, boolean admin) {
        NationalTable table = visibleTable(year, admin);
        return table.assessed() && !instruments.period(year).status().resultsPublic();
    }

    public boolean visible(int year, boolean admin) {
        return admin
                || !table(year).assessed()
                || instruments.period(year).status().resultsPublic();
    }

    /** The participants of a period that have no result: they neither submitted nor were fully scored. */
    public List<String> nonParticipants(int year, boolean admin) {
        NationalTable table = visibleTable(year, admin);
        return instruments.participants(year).stream()
                .map(ParticipantView::regionCode)
                .filter(code -> table.line(code).isEmpty())
                .toList();
    }

    /**
     * Each region's question scores behind its assessed result (the means of its assessors' scores, or the
     * survey means for Impact), by question number, as they stood when the results were computed: scores cannot
     * change after finalization, corrections change dimension scores. Empty for a table imported as published.
     * Visible as the table is; kept like the table.
     */
    public Map<String, Map<Integer, BigDecimal>> questionScores(int year, boolean admin) {
        NationalTable table = visibleTable(year, admin);
        return questionScores.get(year, y -> collectQuestionScores(table));
    }

    private Map<String, Map<Integer, BigDecimal>> collectQuestionScores(NationalTable table) {
        Map<String, Map<Integer, BigDecimal>> result = new LinkedHashMap<>();
        for (NationalResultView line : table.lines()) {
            Map<Integer, BigDecimal> scores = new TreeMap<>();
            if (table.assessed()) {
                assessed.compute(table.year(), line.regionCode(), line.track())
                        .ifPresent(score -> score.dimensions()
                                .forEach(d -> d.questions().forEach(q -> scores.put(q.no(), q.score()))));
            }
            result.put(line.regionCode(), scores);
        }
        return result;
    }

    /**
     * How robust every rank of the table is (docs/method.md 10.3): each region's rank range when every weight moves
     * by up to ± {@code perturbation} percentage points. Visible as the table is; computed once per table.
     */
    public RankRangeTable rankRanges(int year, int perturbation, boolean admin) {
        if (perturbation < 0 || perturbation > WeightPerturbation.MAX_PERCENTAGE_POINTS) {
            throw new InvalidInput(
                    "perturbation",
                    "rankRanges.perturbation",
                    "The perturbation must be 0 to " + WeightPerturbation.MAX_PERCENTAGE_POINTS + " percentage points",
                    WeightPerturbation.MAX_PERCENTAGE_POINTS);
        }
        return rankRanges.of(visibleTable(year, admin), new WeightPerturbation(perturbation));
    }

    /**
     * One region's result with its working, its rank range under the standard perturbation and its final's
     * interval; empty when the region has no result in that period.
     */
    public Optional<RegionResult> region(int year, String regionCode, boolean admin) {
        NationalTable table = visibleTable(year, admin);
        return table.line(regionCode)
                .map(line -> RegionResult.of(
                        table,
                        line,
                        previousFinal(year, regionCode),
                        RegionRankRangeView.of(rankRanges.of(table, WeightPerturbation.standard()), regionCode),
                        intervals.of(table, line)));
    }

    /**
     * How each weighted dimension of a region's result compares with the year before and with the period's national
     * and track means (as the table is visible to the reader; the previous year only when that table is too).
     * Empty when the region has no result.
     */
    public List<DimensionComparison> comparison(int year, String regionCode, boolean admin) {
        NationalTable table = visibleTable(year, admin);
        Optional<NationalResultView> line = table.line(regionCode);
        if (line.isEmpty()) {
            return List.of();
        }
        InstrumentView instrument = instruments.instrument(year);
        Optional<NationalResultView> previous = instruments
                .findPeriod(year - 1)
                .filter(p -> visible(p.year(), admin))
                .flatMap(p -> table(p.year()).line(regionCode));
        String track = line.get().track();
        return table.explanations().get(regionCode).dimensions().stream()
                .map(d -> new DimensionComparison(
                        d.code(),
                        instrument.dimensionName(d.code()),
                        d.shown(),
                        previous.map(p -> p.score(d.code())).orElse(null),
                        DimensionMeans.of(table.lines(), d.code(), null),
                        DimensionMeans.of(table.lines(), d.code(), track)))
                .toList();
    }

    private BigDecimal previousFinal(int year, String regionCode) {
        return instruments
                .findPeriod(year - 1)
                .flatMap(p -> table(p.year()).line(regionCode))
                .map(NationalResultView::finalScore)
                .orElse(null);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResultsChanged event) {
        forget(event.year());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InstrumentChanged event) {
        forget(event.year());
    }

    private void forget(int year) {
        tables.invalidate(year, year + 1);
        questionScores.invalidate(year);
    }
}
