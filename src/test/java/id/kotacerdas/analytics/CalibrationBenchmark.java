package id.kotacerdas.analytics;

import id.kotacerdas.analytics.domain.Alpha;
import id.kotacerdas.analytics.domain.AssessorCalibration;
import id.kotacerdas.analytics.domain.Calibration;
import id.kotacerdas.analytics.domain.PanelAgreement;
import id.kotacerdas.analytics.domain.PanelSheet;
import id.kotacerdas.assessment.SubmittedScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * The calibration page's computation in memory, as the period's cache computes it once the scores are read: 165
 * panels of 5 assessors drawn from 150, 115 questions (the 2024 layout), 94,875 submitted scores. {@code
 * periodAnalysis}: every panel's sheet from the scores, and every assessor's calibration (the calibration page);
 * {@code calibration}: the calibration alone from the sheets; {@code periodAlphas}: the analysis and every panel's
 * alphas over all questions (interval and ordinal, through DKPro; the tracking dashboard); {@code
 * regionAgreement}: one panel in detail (alphas per dimension too, most-spread questions), as a region's page
 * computes it. Goal: the calibration page under 200 ms warm.
 *
 * <p>Run as {@code NationalScoringBenchmark} is (README, "Repeating the measurements"), with
 * {@code id.kotacerdas.analytics.CalibrationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CalibrationBenchmark {

    static final int PANELS = 165;
    static final int ASSESSORS = 150;
    static final int PANEL_SIZE = 5;
    static final int QUESTIONS = 115;
    static final long SEED = 2026L;

    private final Map<Integer, String> dimensions = new HashMap<>();
    private List<SubmittedScore> scores;
    private List<PanelSheet> sheets;

    @Setup
    public void generatePeriod() {
        for (int no = 1; no <= QUESTIONS; no++) {
            dimensions.put(no, dimension(no));
        }
        scores = scores(new Random(SEED));
        sheets = List.copyOf(PeriodAnalysis.of(dimensions, scores, 2).sheets().values());
    }

    /**
     * Each region's question has a level 1-4; an assessor scores it, off by one point now and then, and one assessor
     * in ten leans (a point lower or higher on a third of the questions).
     */
    static List<SubmittedScore> scores(Random random) {
        int[] leaning = new int[ASSESSORS];
        for (int a = 0; a < ASSESSORS; a++) {
            leaning[a] = a % 10 == 0 ? (a % 20 == 0 ? -1 : 1) : 0;
        }
        List<Integer> pool = new ArrayList<>();
        for (int a = 0; a < ASSESSORS; a++) {
            pool.add(a);
        }
        List<SubmittedScore> scores = new ArrayList<>(PANELS * PANEL_SIZE * QUESTIONS);
        for (int p = 0; p < PANELS; p++) {
            String region = String.format("%02d.%02d", 11 + p / 99, 1 + p % 99);
            Collections.shuffle(pool, random);
            List<Integer> panel = new ArrayList<>(pool.subList(0, PANEL_SIZE));
            Collections.sort(panel);
            for (int no = 1; no <= QUESTIONS; no++) {
                int level = 1 + random.nextInt(4);
                for (int a : panel) {
                    int score = level + (random.nextInt(6) == 0 ? random.nextInt(3) - 1 : 0);
                    if (leaning[a] != 0 && random.nextInt(3) == 0) {
                        score += leaning[a];
                    }
                    scores.add(new SubmittedScore(
                            region, "asesor-%03d".formatted(a), no, Math.max(1, Math.min(4, score))));
                }
            }
        }
        return scores;
    }

    private static String dimension(int no) {
        if (no <= 5) {
            return "BASELINE";
        }
        if (no <= 16) {
            return "OUTPUT";
        }
        if (no <= 49) {
            return "OUTCOME";
        }
        return no <= 103 ? "IMPACT" : "QUICK_WIN";
    }

    @Benchmark
    public PeriodAnalysis periodAnalysis() {
        return PeriodAnalysis.of(dimensions, scores, 2);
    }

    /** Every panel's alpha over all its questions, as the tracking dashboard and the agreement overview show it. */
    @Benchmark
    public Map<String, Alpha> periodAlphas() {
        return PeriodAnalysis.of(dimensions, scores, 2).alphas();
    }

    /** One panel's agreement in detail, as the region's page shows it. */
    @Benchmark
    public PanelAgreement regionAgreement() {
        return PanelAgreement.of(sheets.get(0));
    }

    @Benchmark
    public List<AssessorCalibration> calibration() {
        return Calibration.of(sheets, 2);
    }

    /** Runs this benchmark with the settings above (fork 1, warmup 3 × 2 s, measurement 5 × 2 s). */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(CalibrationBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
