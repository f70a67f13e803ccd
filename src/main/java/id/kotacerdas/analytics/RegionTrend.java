package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.TrendChange;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A region's finals and dimension scores over every period the reader may see (up to {@code until} when given), the
 * earliest first, with the change of the final from the first to the last of them.
 *
 * @param dimensions the dimensions with a score in at least one of the periods, in the instrument's order, named as
 *     the latest period names them
 * @param change null with fewer than two periods
 */
public record RegionTrend(
        String regionCode,
        String regionName,
        String kind,
        String provinceCode,
        String provinceName,
        Integer until,
        List<Dimension> dimensions,
        List<TrendPeriod> periods,
        TrendChange change) {

    @Schema(name = "TrendDimension") // the API contract: another type of the API has its simple name
    public record Dimension(String code, String name) {}

    public RegionTrend {
        dimensions = List.copyOf(dimensions);
        periods = List.copyOf(periods);
    }

    /** Whether any period shown is a draft (an administrator's preview of unpublished results). */
    public boolean anyDraft() {
        return periods.stream().anyMatch(TrendPeriod::draft);
    }
}
