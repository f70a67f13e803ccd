package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A region's score in one period (docs/method.md): the weighted dimensions of its track and the
 * <i>nilai final</i> (Indeks Pencapaian), the weighted sum of the dimension scores.
 *
 * @param track track code the region was scored in
 * @param dimensions the track's weighted dimensions, in the order of its weights
 * @param finalScore Σ dimension score × weight, full precision
 * @param finalShown final score rounded half-up to 2 decimals, as published (Badung 2024: 3.08)
 */
public record RegionScore(
        String track, List<DimensionResult> dimensions, BigDecimal finalScore, BigDecimal finalShown) {

    public RegionScore {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(finalScore, "finalScore");
        Objects.requireNonNull(finalShown, "finalShown");
        dimensions = List.copyOf(dimensions);
    }

    /** The result of one dimension, empty when the dimension is not weighted in this track. */
    public Optional<DimensionResult> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /**
     * The calculation as a reader checks it, with shown values: {@code "0.10 × 3.56 + 0.20 × 2.73 + ... = 3.08"}.
     * The right-hand side is computed at full precision, so it may differ by 0.01 from summing the shown values.
     */
    public String formula() {
        String terms = dimensions.stream()
                .map(d -> Decimals.plain(d.weight()) + " × " + d.shown().toPlainString())
                .collect(Collectors.joining(" + "));
        return terms + " = " + finalShown.toPlainString();
    }
}
