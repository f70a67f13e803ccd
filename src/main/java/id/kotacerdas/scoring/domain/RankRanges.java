package id.kotacerdas.scoring.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How robust each rank is (docs/method.md 10.3): every region's rank under the published weights, and the best and
 * worst rank it takes when each weight moves by up to ± p percentage points ({@link WeightPerturbation}), each
 * track's moved weights renormalised to 100%. Under each weight vector the finals are computed exactly, shown half-up
 * to 2 decimals and ranked as {@link Ranking} ranks them (standard competition ranking of the shown finals, ties
 * sharing a rank), nationally and within the track. Under the zero move every range is the official rank.
 *
 * <p>Stateless; plain Java. The arithmetic is exact integer arithmetic ({@link PerturbedFinals}); the weight vectors
 * are shared out among the cores, which does not change a best or worst rank.
 */
public final class RankRanges {

    /** Scores are taken exactly at up to this many decimals, as the national table stores them. */
    public static final int SCORE_SCALE = 10;

    /** Together the moves must leave every track some weight: p × dimensions stays under 100 percentage points. */
    private static final int WHOLE = 100;

    private RankRanges() {}

    /**
     * The rank range of every region, keyed by {@link RangeInput#key()}, in the order given.
     *
     * @param tracks the published weights of every track a region is on (each summing to 1, at most 4 decimals)
     * @throws IllegalArgumentException when two regions share a key, a region's track has no weights, weights are
     *     invalid, or a score is negative, above 100 or finer than {@value #SCORE_SCALE} decimals
     */
    public static Map<String, RankRange> of(
            List<RangeInput> regions, List<TrackWeights> tracks, WeightPerturbation perturbation) {
        Set<String> keys = new HashSet<>();
        regions.forEach(region -> {
            if (!keys.add(region.key())) {
                throw new IllegalArgumentException("region " + region.key() + " is given twice");
            }
        });
        if (regions.isEmpty()) {
            return Map.of();
        }
        PerturbedFinals finals = PerturbedFinals.of(regions, tracks);
        int dimensions = finals.dimensions().size();
        if (perturbation.percentagePoints() * dimensions >= WHOLE) {
            throw new IllegalArgumentException(perturbation.percentagePoints() + " percentage points on " + dimensions
                    + " dimensions could move every weight to 0");
        }
        RankRange[] ranges = rank(finals, regions.size(), perturbation.moves(dimensions));
        Map<String, RankRange> byKey = new LinkedHashMap<>();
        for (int r = 0; r < ranges.length; r++) {
            byKey.put(regions.get(r).key(), ranges[r]);
        }
        return byKey;
    }

    /** The number of weight vectors tried for these tracks: the sample size of the ranges. */
    public static int weightVectors(List<TrackWeights> tracks, WeightPerturbation perturbation) {
        return perturbation.size(
                PerturbedFinals.of(List.of(), tracks).dimensions().size());
    }

    /** Below this many moves per core the work is not split. */
    private static final int MOVES_PER_PART = 10_000;

    private static RankRange[] rank(PerturbedFinals finals, int count, int[][] moves) {
        Bounds official = new Bounds(finals, count).over(moves, 0, 1);
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), moves.length / MOVES_PER_PART));
        Bounds all = IntStream.range(0, parts)
                .parallel()
                .mapToObj(part -> new Bounds(finals.copy(), count)
                        .over(moves, (int) ((long) moves.length * part / parts), (int)
                                ((long) moves.length * (part + 1) / parts)))
                .reduce(official, Bounds::widen);
        RankRange[] ranges = new RankRange[count];
        for (int r = 0; r < count; r++) {
            ranges[r] = new RankRange(
                    official.low[r], all.low[r], all.high[r], official.trackLow[r], all.trackLow[r], all.trackHigh[r]);
        }
        return ranges;
    }

    /** The best and worst national and in-track ranks of every region over some of the moves. */
    private static final class Bounds {

        private final PerturbedFinals finals;
        private final int[] low;
        private final int[] high;
        private final int[] trackLow;
        private final int[] trackHigh;

        Bounds(PerturbedFinals finals, int count) {
            this.finals = finals;
            low = new int[count];
            high = new int[count];
            trackLow = new int[count];
            trackHigh = new int[count];
            Arrays.fill(low, Integer.MAX_VALUE);
            Arrays.fill(trackLow, Integer.MAX_VALUE);
        }

        Bounds over(int[][] moves, int from, int to) {
            int count = low.length;
            int[] cents = new int[count];
            int buckets = finals.highestCents() + 1;
            int[] national = new int[buckets];
            int[][] inTrack = new int[finals.tracks()][buckets];
            for (int m = from; m < to; m++) {
                finals.cents(moves[m], cents);
                Arrays.fill(national, 0);
                for (int[] track : inTrack) {
                    Arrays.fill(track, 0);
                }
                for (int r = 0; r < count; r++) {
                    national[cents[r]]++;
                    inTrack[finals.trackOf(r)][cents[r]]++;
                }
                countBetter(national);
                for (int[] track : inTrack) {
                    countBetter(track);
                }
                for (int r = 0; r < count; r++) {
                    int nationally = 1 + national[cents[r]];
                    int withinTrack = 1 + inTrack[finals.trackOf(r)][cents[r]];
                    low[r] = Math.min(low[r], nationally);
                    high[r] = Math.max(high[r], nationally);
                    trackLow[r] = Math.min(trackLow[r], withinTrack);
                    trackHigh[r] = Math.max(trackHigh[r], withinTrack);
                }
            }
            return this;
        }

        /** These bounds widened by another part's (a new object; neither is changed). */
        Bounds widen(Bounds other) {
            Bounds wider = new Bounds(finals, low.length);
            for (int r = 0; r < low.length; r++) {
                wider.low[r] = Math.min(low[r], other.low[r]);
                wider.high[r] = Math.max(high[r], other.high[r]);
                wider.trackLow[r] = Math.min(trackLow[r], other.trackLow[r]);
                wider.trackHigh[r] = Math.max(trackHigh[r], other.trackHigh[r]);
            }
            return wider;
        }
    }

    /** Turns counts per cent into the number of finals strictly above each cent: 1 + that is the rank. */
    private static void countBetter(int[] counts) {
        int above = 0;
        for (int c = counts.length - 1; c >= 0; c--) {
            int here = counts[c];
            counts[c] = above;
            above += here;
        }
    }
}
