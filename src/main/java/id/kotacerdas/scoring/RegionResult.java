package id.kotacerdas.scoring;

import id.kotacerdas.scoring.domain.DimensionSource;
import id.kotacerdas.scoring.domain.RegionScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One region's national result with how it was computed: the engine's working (weights, dimension
 * scores, contributions, formula), how many regions its ranks are out of, the previous final that
 * gives the improvement when the system holds it, how far its rank moves with the weights (null while the weights
 * are invalid), the 95% interval of its final from the survey (or why there is none) and whether the period's
 * results were computed from its assessments (rather than imported from a published table).
 */
public record RegionResult(
        NationalResultView result,
        RegionScore explanation,
        String formula,
        int regionsInPeriod,
        int regionsInTrack,
        int regionsOfKind,
        BigDecimal previousFinal,
        RegionRankRangeView rankRange,
        FinalIntervalView finalInterval,
        boolean assessed) {

    /** The working of the final, one line per weighted dimension of the region's track, in weight order. */
    public List<DimensionWorking> workings() {
        return explanation.dimensions().stream()
                .map(d -> new DimensionWorking(
                        d.code(), d.weight(), d.score(), d.shown(), d.contribution(), sourceOf(d.source())))
                .toList();
    }

    /**
     * Where a dimension score comes from, as shown to readers: a score given to the table is the published table's
     * value for an imported period, but the score computed at finalization for an assessed one (FINALIZED).
     */
    public String sourceOf(DimensionSource source) {
        return assessed && source == DimensionSource.GIVEN ? "FINALIZED" : source.name();
    }

    /** The final at full precision (Σ score × weight) before it is rounded to the shown final. */
    public BigDecimal unroundedFinal() {
        return explanation.finalScore();
    }

    static RegionResult of(
            NationalTable table,
            NationalResultView line,
            BigDecimal previousFinal,
            RegionRankRangeView rankRange,
            FinalIntervalView finalInterval) {
        RegionScore score = table.explanations().get(line.regionCode());
        return new RegionResult(
                line,
                score,
                score.formula(),
                table.count(null, null),
                table.count(line.track(), null),
                table.count(null, line.kind()),
                previousFinal,
                rankRange,
                finalInterval,
                table.assessed());
    }
}
