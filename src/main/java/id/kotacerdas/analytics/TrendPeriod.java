package id.kotacerdas.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kotacerdas.scoring.NationalResultView.RankView;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A region's result in one period of its trend, as that period's national table shows it.
 *
 * @param status the period's stage ({@code PUBLISHED}, {@code FINALIZED}, …)
 * @param draft true when the results were computed from the period's assessments and are not published yet: only an
 *     administrator sees such a period, marked as a draft
 * @param source {@code ASSESSMENTS} when the results were computed from the period's own assessments,
 *     {@code PUBLISHED_TABLE} when a published national table was imported
 * @param trackName the track's name in that period's instrument
 * @param rank the national rank, of {@code regionsInPeriod}
 * @param dimensions the dimension scores as the table shows them (2 decimals; null where the table has none)
 */
public record TrendPeriod(
        int year,
        String status,
        boolean draft,
        String source,
        String track,
        String trackName,
        @JsonProperty("final") BigDecimal finalScore,
        int rank,
        RankView ranks,
        int regionsInPeriod,
        BigDecimal improvement,
        String improvementSource,
        Map<String, BigDecimal> dimensions) {

    public static final String ASSESSMENTS = "ASSESSMENTS";
    public static final String PUBLISHED_TABLE = "PUBLISHED_TABLE";

    public BigDecimal dimension(String code) {
        return dimensions.get(code);
    }
}
