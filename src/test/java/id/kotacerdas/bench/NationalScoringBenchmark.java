package id.kotacerdas.bench;

import id.kotacerdas.scoring.domain.AssessedQuestion;
import id.kotacerdas.scoring.domain.RegionScore;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
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
 * Scores the whole nation in memory: 514 regions × 115 questions × 5 assessors (the 2024 instrument layout of
 * docs/method.md), one op = every region scored. Goal: under 10 ms per op.
 *
 * <p>Run: {@code ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * id.kotacerdas.bench.NationalScoringBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NationalScoringBenchmark {

    static final int REGIONS = 514;
    static final int ASSESSORS = 5;
    static final long SEED = 2024L;

    /** Last question number of each 2024 dimension: 1-5, 6-16, 17-49, 50-103, 104-115. */
    private static final int[] LAST_QUESTION = {5, 16, 49, 103, 115};

    private static final String[] DIMENSIONS = {"BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN"};

    private final List<Region> regions = new ArrayList<>();

    record Region(TrackWeights weights, List<AssessedQuestion> questions, Map<String, BigDecimal> given) {}

    @Setup
    public void generateNation() {
        TrackWeights reguler = weights("REGULER", "0.30", null);
        TrackWeights kppnIkn = weights("KPPN_IKN", "0.20", "0.10");
        Random random = new Random(SEED);
        regions.clear();
        for (int r = 0; r < REGIONS; r++) {
            List<AssessedQuestion> questions = new ArrayList<>();
            int dimension = 0;
            for (int no = 1; no <= LAST_QUESTION[LAST_QUESTION.length - 1]; no++) {
                if (no > LAST_QUESTION[dimension]) {
                    dimension++;
                }
                List<Integer> scores = new ArrayList<>();
                for (int a = 0; a < ASSESSORS; a++) {
                    scores.add(1 + random.nextInt(4));
                }
                questions.add(new AssessedQuestion(no, DIMENSIONS[dimension], scores));
            }
            boolean inKppnIkn = random.nextInt(5) == 0;
            Map<String, BigDecimal> given = inKppnIkn && random.nextBoolean()
                    ? Map.of("COLLABORATION", BigDecimal.valueOf(100 + random.nextInt(301), 2))
                    : Map.of();
            regions.add(new Region(inKppnIkn ? kppnIkn : reguler, questions, given));
        }
    }

    @Benchmark
    public List<RegionScore> scoreTheNation() {
        List<RegionScore> scores = new ArrayList<>(regions.size());
        for (Region region : regions) {
            scores.add(ScoringEngine.fromAssessments(region.weights(), region.questions(), region.given()));
        }
        return scores;
    }

    private static TrackWeights weights(String track, String outcome, String collaboration) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("BASELINE", new BigDecimal("0.10"));
        weights.put("OUTPUT", new BigDecimal("0.20"));
        weights.put("OUTCOME", new BigDecimal(outcome));
        weights.put("IMPACT", new BigDecimal("0.20"));
        weights.put("QUICK_WIN", new BigDecimal("0.20"));
        if (collaboration != null) {
            weights.put("COLLABORATION", new BigDecimal(collaboration));
        }
        return new TrackWeights(track, weights);
    }

    /** Runs this benchmark with the settings above (fork 1, warmup 3 × 1 s, measurement 5 × 1 s). */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(NationalScoringBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
