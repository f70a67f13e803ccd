package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A region to be ranked by its shown final score (see {@link Ranking}).
 *
 * @param key identifies the region in the result, e.g. its region code
 * @param track track code, e.g. "REGULER"
 * @param kind region kind, e.g. "KABUPATEN" or "KOTA"
 * @param finalShown shown final score (2 decimals)
 */
public record RankInput(String key, String track, String kind, BigDecimal finalShown) {

    public RankInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(finalShown, "finalShown");
    }
}
