package id.kotacerdas.scoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A region's line of the national table: its scores per dimension (null where the cell was {@code -},
 * empty or not applicable), the final computed from them, the improvement and its source, and ranks.
 */
public record NationalResultView(
        String regionCode,
        String regionName,
        String kind,
        String provinceCode,
        String provinceName,
        String track,
        Map<String, BigDecimal> scores,
        @JsonProperty("final") BigDecimal finalScore,
        BigDecimal publishedFinal,
        BigDecimal improvement,
        String improvementSource,
        int rank,
        RankView ranks) {

    /** national: among all regions of the period; track: among its track; kind: among kabupaten or kota. */
    public record RankView(int national, int track, int kind) {}

    public BigDecimal score(String dimension) {
        return scores.get(dimension);
    }
}
