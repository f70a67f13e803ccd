package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A region whose rank range is wanted (see {@link RankRanges}): its track and its dimension scores as stored, at
 * most {@value RankRanges#SCORE_SCALE} decimals; a weighted dimension without a score counts 0, as in the final.
 *
 * @param key identifies the region in the result, e.g. its region code
 * @param track track code, e.g. "REGULER"
 * @param scores dimension code → score; a null score is left out (counts 0)
 */
public record RangeInput(String key, String track, Map<String, BigDecimal> scores) {

    public RangeInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(track, "track");
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        scores.forEach((dimension, score) -> {
            if (score != null) {
                given.put(dimension, score);
            }
        });
        scores = Map.copyOf(given);
    }
}
