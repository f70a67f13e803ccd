package id.kotacerdas.award.domain;

import java.math.BigDecimal;

/**
 * A region competing for an award, with the number it is ranked on and how that number was computed.
 *
 * @param value the number, at 2 decimals; null when the region has none (it is listed, not ranked)
 * @param working how the number was computed, e.g. "(4 + 4 + 4 + 4 + 4 + 3) / 6 = 23 / 6 = 3.83"; null without one
 * @param source where the number comes from ({@code TABLE}: the national table as computed; for an improvement
 *     {@code COMPUTED} or {@code PUBLISHED}; {@code QUESTIONS}: the region's question scores), or why there is
 *     none ({@code NO_SCORE}, {@code NO_QUESTION_SCORES}, {@code NO_IMPROVEMENT})
 */
public record Competitor(
        String regionCode,
        String regionName,
        String kind,
        String track,
        BigDecimal value,
        String working,
        String source) {

    static Competitor of(Entrant e, BigDecimal value, String working, String source) {
        return new Competitor(e.regionCode(), e.regionName(), e.kind(), e.track(), value, working, source);
    }

    static Competitor without(Entrant e, String why) {
        return of(e, null, null, why);
    }

    public boolean ranked() {
        return value != null;
    }
}
