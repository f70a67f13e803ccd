package id.kotacerdas.analytics.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One region's line of a period's national table as the distribution reads it: where the region is, its track, its
 * final (2 decimals, as the table shows it) and its improvement on the year before with that improvement's source
 * ({@code COMPUTED} or {@code PUBLISHED}; both null when the table gives none).
 */
public record RegionFinal(
        String regionCode,
        String regionName,
        String provinceCode,
        String provinceName,
        String track,
        BigDecimal finalScore,
        BigDecimal improvement,
        String improvementSource) {

    public RegionFinal {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(regionName, "regionName");
    }

    public boolean hasFinal() {
        return finalScore != null;
    }
}
