package id.kotacerdas.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every region's shown final under moved weights, in exact integer arithmetic: a weight is counted in basis points
 * (0.01%), a score in units of 10<sup>−{@value RankRanges#SCORE_SCALE}</sup>, so Σ weight × score is an exact
 * integer, and the renormalised final Σ w·s / Σ w is rounded half-up to whole cents by one integer division.
 * Under the unmoved weights (which sum to 10,000 basis points) this is the shown final of {@link ScoringEngine}.
 */
final class PerturbedFinals {

    private static final long SCORE_UNIT =
            BigDecimal.ONE.scaleByPowerOfTen(RankRanges.SCORE_SCALE).longValueExact();

    /** Σ w·s / (Σ w · 10^8) is the final in cents. */
    private static final long CENTS_UNIT = SCORE_UNIT / 100;

    private static final BigDecimal HIGHEST_SCORE = BigDecimal.valueOf(100);

    private final List<String> dimensions;
    private final int[][] baseWeights;
    private final int[] trackOf;
    /** Region r's score of dimension d at {@code r × D + d}: one array, read in order. */
    private final long[] scores;

    private final int highestCents;
    /** Track t's moved weight of dimension d at {@code t × D + d}. */
    private final long[] moved;
    /** Twice the unit of a cent under track t's moved weights, and its reciprocal (a first guess only). */
    private final long[] twoUnits;

    private final double[] reciprocals;

    private PerturbedFinals(List<String> dimensions, int[][] baseWeights, int[] trackOf, long[][] scores) {
        this.dimensions = List.copyOf(dimensions);
        this.baseWeights = baseWeights;
        this.trackOf = trackOf;
        int count = dimensions.size();
        this.scores = new long[scores.length * count];
        long highest = 0;
        for (int r = 0; r < scores.length; r++) {
            for (int d = 0; d < count; d++) {
                this.scores[r * count + d] = scores[r][d];
                highest = Math.max(highest, scores[r][d]);
            }
        }
        this.highestCents = (int) ((highest + CENTS_UNIT - 1) / CENTS_UNIT);
        this.moved = new long[baseWeights.length * count];
        this.twoUnits = new long[baseWeights.length];
        this.reciprocals = new double[baseWeights.length];
    }

    /**
     * The layout of the regions' scores and the tracks' weights. The dimensions are those the tracks weigh, in the
     * order the tracks list them (the first track's, then any other track's further dimensions).
     */
    static PerturbedFinals of(List<RangeInput> regions, List<TrackWeights> tracks) {
        List<String> dimensions = new ArrayList<>();
        Map<String, Integer> trackIndex = new HashMap<>();
        for (TrackWeights track : tracks) {
            if (!track.problems().isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", track.problems()));
            }
            if (trackIndex.put(track.track(), trackIndex.size()) != null) {
                throw new IllegalArgumentException("track " + track.track() + " is given twice");
            }
            track.weights().keySet().stream()
                    .filter(d -> !dimensions.contains(d))
                    .forEach(dimensions::add);
        }
        int[][] baseWeights = new int[tracks.size()][dimensions.size()];
        for (int t = 0; t < tracks.size(); t++) {
            for (int d = 0; d < dimensions.size(); d++) {
                BigDecimal weight = tracks.get(t).weightOf(dimensions.get(d));
                baseWeights[t][d] = weight == null ? -1 : basisPoints(weight);
            }
        }
        int[] trackOf = new int[regions.size()];
        long[][] scores = new long[regions.size()][dimensions.size()];
        for (int r = 0; r < regions.size(); r++) {
            RangeInput region = regions.get(r);
            Integer t = trackIndex.get(region.track());
            if (t == null) {
                throw new IllegalArgumentException(
                        "region " + region.key() + " is on track " + region.track() + ", which has no weights");
            }
            trackOf[r] = t;
            for (int d = 0; d < dimensions.size(); d++) {
                BigDecimal score = region.scores().get(dimensions.get(d));
                scores[r][d] = baseWeights[t][d] < 0 || score == null ? 0 : units(region.key(), score);
            }
        }
        return new PerturbedFinals(dimensions, baseWeights, trackOf, scores);
    }

    /** The same finals with scratch space of their own, for another thread. */
    PerturbedFinals copy() {
        return new PerturbedFinals(this);
    }

    private PerturbedFinals(PerturbedFinals other) {
        this.dimensions = other.dimensions;
        this.baseWeights = other.baseWeights;
        this.trackOf = other.trackOf;
        this.scores = other.scores;
        this.highestCents = other.highestCents;
        this.moved = new long[other.moved.length];
        this.twoUnits = new long[other.twoUnits.length];
        this.reciprocals = new double[other.reciprocals.length];
    }

    List<String> dimensions() {
        return dimensions;
    }

    int tracks() {
        return baseWeights.length;
    }

    int trackOf(int region) {
        return trackOf[region];
    }

    /** No final can be more cents than this: a final is a weighted mean of scores. */
    int highestCents() {
        return highestCents;
    }

    /**
     * Writes each region's shown final, in cents, under the base weights moved by {@code move} basis points:
     * ⌊(2 Σ w·s + u) / 2u⌋ with u = Σ w × 10<sup>8</sup>, found by a multiplication with 1 / 2u and corrected to the
     * exact quotient (a division per region would cost more than the rest).
     */
    void cents(int[] move, int[] out) {
        int count = move.length;
        for (int t = 0; t < baseWeights.length; t++) {
            long sum = 0;
            for (int d = 0; d < count; d++) {
                int base = baseWeights[t][d];
                long weight = base < 0 ? 0 : Math.max(0, base + move[d]);
                moved[t * count + d] = weight;
                sum += weight;
            }
            twoUnits[t] = 2 * sum * CENTS_UNIT;
            reciprocals[t] = 1.0 / twoUnits[t];
        }
        for (int r = 0, at = 0; r < trackOf.length; r++, at += count) {
            int t = trackOf[r];
            int weights = t * count;
            long sum = 0;
            for (int d = 0; d < count; d++) {
                sum += moved[weights + d] * scores[at + d];
            }
            long twoUnit = twoUnits[t];
            long numerator = 2 * sum + twoUnit / 2;
            long cents = (long) (numerator * reciprocals[t]);
            if (cents * twoUnit > numerator) {
                cents--;
            } else if ((cents + 1) * twoUnit <= numerator) {
                cents++;
            }
            out[r] = (int) cents;
        }
    }

    private static int basisPoints(BigDecimal weight) {
        try {
            return weight.movePointRight(4).intValueExact();
        } catch (ArithmeticException finer) {
            throw new IllegalArgumentException(
                    "weight " + weight.toPlainString() + " is finer than a basis point (0.0001)", finer);
        }
    }

    private static long units(String region, BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(HIGHEST_SCORE) > 0) {
            throw new IllegalArgumentException(
                    "region " + region + " has score " + score.toPlainString() + ", outside 0 to 100");
        }
        try {
            return score.setScale(RankRanges.SCORE_SCALE, RoundingMode.UNNECESSARY)
                    .unscaledValue()
                    .longValueExact();
        } catch (ArithmeticException finer) {
            throw new IllegalArgumentException(
                    "region " + region + " has score " + score.toPlainString() + ", finer than "
                            + RankRanges.SCORE_SCALE + " decimals",
                    finer);
        }
    }
}
