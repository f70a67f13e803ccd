package id.kotacerdas.scoring;

import java.math.BigDecimal;

/**
 * One weighted dimension of a region's result next to what it is compared with: the same region's score the
 * year before, and the means of the period's regions, nationally and in the region's track. The region page's
 * chart and the region's report draw the same figures. Scores are shown values (2 decimals); a comparison the
 * system cannot make is null.
 *
 * @param code dimension code, e.g. "OUTCOME"
 * @param name the dimension's name in the period's instrument
 * @param score the region's score this period
 * @param previous the region's score in the period before, null when it has none the reader may see
 * @param nationalMean mean over every region of the period with a score for the dimension
 * @param trackMean the same over the regions of the region's track
 */
public record DimensionComparison(
        String code,
        String name,
        BigDecimal score,
        BigDecimal previous,
        BigDecimal nationalMean,
        BigDecimal trackMean) {}
