package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.Alpha;
import id.kotacerdas.analytics.domain.AlphaDistribution;
import java.math.BigDecimal;
import java.util.List;

/**
 * The agreement of every participating region's panel in a period: the distribution of the panels' interval alphas
 * and one line per region, the lowest alpha first (regions without one last).
 */
public record AgreementOverview(int year, BigDecimal floor, AlphaDistribution distribution, List<PanelLine> panels) {

    /** A region's panel: raters, items, alpha, and whether it lies under the floor. */
    public record PanelLine(
            String regionCode,
            String regionName,
            int raters,
            int items,
            Alpha krippendorffAlpha,
            String alphaUndefined,
            boolean belowFloor) {}
}
