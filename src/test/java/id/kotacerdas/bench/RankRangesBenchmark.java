package id.kotacerdas.bench;

import id.kotacerdas.scoring.domain.RangeInput;
import id.kotacerdas.scoring.domain.RankRange;
import id.kotacerdas.scoring.domain.RankRanges;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.scoring.domain.WeightPerturbation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The rank ranges of a national table of 514 regions (a fifth on KPPN-IKN, the rest REGULER; dimension scores with
 * 10 decimals as a table computed from assessments stores them) under the standard ± 5 points, one op = every
 * region's range (docs/method.md 10.3). Goal: under 1 s per op.
 *
 * <p>Run as {@link NationalScoringBenchmark}: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * id.kotacerdas.bench.RankRangesBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankRangesBenchmark {

    static final int REGIONS = 514;
    static final long SEED = 2024L;

    private static final String[] DIMENSIONS = {"BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN", "COLLABORATION"
    };

    private final List<RangeInput> regions = new ArrayList<>();
    private final List<TrackWeights> tracks = List.of(
            weights("REGULER", "0.10 0.20 0.30 0.20 0.20"), weights("KPPN_IKN", "0.10 0.20 0.20 0.20 0.20 0.10"));

    @Setup
    public void generateNation() {
        Random random = new Random(SEED);
        regions.clear();
        for (int r = 0; r < REGIONS; r++) {
            boolean inKppnIkn = random.nextInt(5) == 0;
            double level = 1.5 + 2 * random.nextDouble();
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (int d = 0; d < (inKppnIkn ? DIMENSIONS.length : DIMENSIONS.length - 1); d++) {
                double score = Math.max(1, Math.min(4, level + 0.4 * random.nextGaussian()));
                scores.put(DIMENSIONS[d], BigDecimal.valueOf(Math.round(score * 1e10), 10));
            }
            regions.add(new RangeInput(String.valueOf(r), inKppnIkn ? "KPPN_IKN" : "REGULER", scores));
        }
    }

    @Benchmark
    public Map<String, RankRange> rankRangesOfTheNation() {
        return RankRanges.of(regions, tracks, WeightPerturbation.standard());
    }

    private static TrackWeights weights(String track, String weights) {
        Map<String, BigDecimal> byDimension = new LinkedHashMap<>();
        String[] values = weights.split(" ");
        for (int d = 0; d < values.length; d++) {
            byDimension.put(DIMENSIONS[d], new BigDecimal(values[d]));
        }
        return new TrackWeights(track, byDimension);
    }

    /** Runs this benchmark with the settings above (fork 1, warmup 3 × 2 s, measurement 5 × 2 s). */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(RankRangesBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
