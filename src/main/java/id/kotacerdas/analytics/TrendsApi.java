package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.TrendChange;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.PeriodView;
import id.kotacerdas.region.RegionApi;
import id.kotacerdas.region.RegionView;
import id.kotacerdas.scoring.NationalResultView;
import id.kotacerdas.scoring.NationalResultsApi;
import id.kotacerdas.scoring.NationalTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Trends across periods (docs/method.md 10.5): a region's results over every period the reader may see, and how a
 * period's finals are distributed. Both read the national tables as {@link NationalResultsApi} keeps them and show
 * what its visibility allows: a period's results once public, and to an administrator also those not published yet,
 * marked as drafts.
 */
@Service
public class TrendsApi {

    /** How many improvement leaders a distribution lists unless asked otherwise, and the most it lists. */
    public static final int DEFAULT_TOP = 10;

    public static final int MAX_TOP = 100;

    private final NationalResultsApi results;
    private final InstrumentApi instruments;
    private final RegionApi regions;
    private final Distributions distributions;

    TrendsApi(NationalResultsApi results, InstrumentApi instruments, RegionApi regions, Distributions distributions) {
        this.results = results;
        this.instruments = instruments;
        this.regions = regions;
        this.distributions = distributions;
    }

    /**
     * The region's result in every period the reader may see, up to {@code until} (every period when null), the
     * earliest first; NotFound (region.notFound) for a code the registry does not hold.
     */
    public RegionTrend trend(String code, Integer until, boolean admin) {
        RegionView region = regions.get(code);
        List<TrendPeriod> periods = new ArrayList<>();
        instruments.periods().stream()
                .filter(p -> until == null || p.year() <= until)
                .sorted(Comparator.comparingInt(PeriodView::year))
                .filter(p -> results.visible(p.year(), admin))
                .forEach(p -> {
                    NationalTable table = results.table(p.year());
                    table.line(code).ifPresent(line -> periods.add(period(p, table, line)));
                });
        Map<Integer, BigDecimal> finals = new LinkedHashMap<>();
        periods.forEach(p -> finals.put(p.year(), p.finalScore()));
        return new RegionTrend(
                region.code(),
                region.name(),
                region.kind(),
                region.provinceCode(),
                region.provinceName(),
                until,
                dimensions(periods),
                periods,
                TrendChange.of(finals));
    }

    /**
     * The trend as the results page of {@code year} shows it: the periods up to that year; NotFound
     * (results.notPublished) when the reader may not see that year's results, as the page itself.
     */
    public RegionTrend trendUpTo(int year, String code, boolean admin) {
        results.visibleTable(year, admin);
        return trend(code, year, admin);
    }

    private TrendPeriod period(PeriodView period, NationalTable table, NationalResultView line) {
        boolean draft = table.assessed() && !period.status().resultsPublic();
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        table.dimensions().forEach(d -> dimensions.put(d, shown(line.score(d))));
        return new TrendPeriod(
                period.year(),
                period.status().name(),
                draft,
                table.assessed() ? TrendPeriod.ASSESSMENTS : TrendPeriod.PUBLISHED_TABLE,
                line.track(),
                trackName(period.year(), line.track()),
                line.finalScore(),
                line.rank(),
                line.ranks(),
                table.lines().size(),
                line.improvement(),
                line.improvementSource(),
                dimensions);
    }

    /** A dimension score as the tables show it: rounded half up to 2 decimals (null stays null). */
    private static BigDecimal shown(BigDecimal score) {
        return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
    }

    private String trackName(int year, String track) {
        return instruments.instrument(year).tracks().stream()
                .filter(t -> t.code().equals(track))
                .map(InstrumentView.TrackView::name)
                .findFirst()
                .orElse(track);
    }

    /** The dimensions scored in any of the periods, in the latest instrument's order, with its names. */
    private List<RegionTrend.Dimension> dimensions(List<TrendPeriod> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        InstrumentView latest =
                instruments.instrument(periods.get(periods.size() - 1).year());
        List<String> codes = new ArrayList<>();
        latest.dimensions().forEach(d -> codes.add(d.code()));
        periods.forEach(p ->
                p.dimensions().keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add));
        return codes.stream()
                .filter(c -> periods.stream().anyMatch(p -> p.dimension(c) != null))
                .map(c -> new RegionTrend.Dimension(c, latest.dimensionName(c)))
                .toList();
    }

    /**
     * How the period's finals are distributed, with the improvement leaders ranked {@code top} or better (1 to
     * {@value #MAX_TOP}); NotFound (results.notPublished) when the reader may not see the period's results.
     */
    public NationalDistribution distribution(int year, int top, boolean admin) {
        return distributions.of(year, top, admin);
    }
}
