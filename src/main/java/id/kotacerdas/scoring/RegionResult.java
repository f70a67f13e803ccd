package id.kotacerdas.scoring;

import id.kotacerdas.scoring.domain.RegionScore;
import java.math.BigDecimal;

/**
 * One region's national result with how it was computed: the engine's working (weights, dimension
 * scores, contributions, formula), how many regions its ranks are out of, and the previous final that
 * gives the improvement when the system holds it.
 */
public record RegionResult(
        NationalResultView result,
        RegionScore explanation,
        String formula,
        int regionsInPeriod,
        int regionsInTrack,
        int regionsOfKind,
        BigDecimal previousFinal) {

    static RegionResult of(NationalTable table, NationalResultView line, BigDecimal previousFinal) {
        RegionScore score = table.explanations().get(line.regionCode());
        return new RegionResult(
                line,
                score,
                score.formula(),
                table.count(null, null),
                table.count(line.track(), null),
                table.count(null, line.kind()),
                previousFinal);
    }
}
