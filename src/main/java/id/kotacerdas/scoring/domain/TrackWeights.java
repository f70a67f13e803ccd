package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dimension weights of one track in one evaluation period (docs/method.md, weight table), e.g. REGULER:
 * BASELINE 0.10, OUTPUT 0.20, OUTCOME 0.30, IMPACT 0.20, QUICK_WIN 0.20.
 *
 * <p>Weights are fractions (0.10 = 10%). The map is copied and keeps its insertion order, which is the order of
 * the dimensions in every {@link RegionScore}. Only dimensions listed here count for the track. The record
 * accepts any numbers so that an edited configuration can be shown back with its {@link #problems()}; score only
 * with weights whose problems are empty.
 *
 * @param track track code, e.g. "REGULER" or "KPPN_IKN"
 * @param weights dimension code → weight, in display order
 */
public record TrackWeights(String track, Map<String, BigDecimal> weights) {

    public TrackWeights {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(weights, "weights");
        weights.forEach((code, weight) -> {
            if (code == null || weight == null) {
                throw new IllegalArgumentException("track " + track + " has a dimension or weight that is null");
            }
        });
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    /** Sum of all weights; 1 for a valid track. */
    public BigDecimal sum() {
        return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The weight of a dimension, or null when the dimension does not count in this track. */
    public BigDecimal weightOf(String dimension) {
        return weights.get(dimension);
    }

    /** Human-readable problems of this configuration, in English; empty when the weights are valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (track.isBlank()) {
            problems.add("track code is blank");
        }
        if (weights.isEmpty()) {
            problems.add("track " + track + " has no weighted dimensions");
            return problems;
        }
        weights.forEach((code, weight) -> {
            if (code.isBlank()) {
                problems.add("track " + track + " has a dimension with a blank code");
            }
            if (weight.signum() < 0) {
                problems.add("weight of " + code + " in track " + track + " is negative: " + Decimals.plain(weight));
            }
        });
        BigDecimal sum = sum();
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add("weights of track " + track + " sum to " + Decimals.plain(sum) + ", must be 1.00");
        }
        return problems;
    }
}
