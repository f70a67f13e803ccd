package id.kotacerdas.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.kotacerdas.analytics.domain.GroupSummary;
import id.kotacerdas.analytics.domain.Histogram;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a period's finals are distributed (docs/method.md 10.5): the histogram, per track and per province, and the
 * regions with the largest improvement on the year before.
 *
 * @param draft true for an administrator's preview of results not published yet
 * @param regions the regions with a final: the bins, the tracks and the provinces each add up to it
 */
public record NationalDistribution(
        int year,
        boolean draft,
        int regions,
        Histogram histogram,
        List<GroupSummary> byTrack,
        List<GroupSummary> byProvince,
        Leaders improvementLeaders) {

    /**
     * The regions ranked {@code top} or better by improvement, out of {@code ranked} regions with an improvement;
     * {@code tiedAtCutoff} when regions tied at the last place make the list longer than {@code top}.
     */
    public record Leaders(int top, int ranked, boolean tiedAtCutoff, List<Leader> leaders) {}

    public record Leader(
            int rank,
            String regionCode,
            String regionName,
            String provinceCode,
            String provinceName,
            String track,
            BigDecimal improvement,
            String improvementSource,
            @JsonProperty("final") BigDecimal finalScore) {}
}
