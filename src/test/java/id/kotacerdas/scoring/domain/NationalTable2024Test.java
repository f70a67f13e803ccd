package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published 2024 national table (part A): every NILAI FINAL is reproduced to 0.01 (docs/method.md). */
class NationalTable2024Test {

    private static final String[] DIMENSIONS = {"BASELINE", "OUTPUT", "OUTCOME", "IMPACT", "QUICK_WIN", "COLLABORATION"
    };
    private static final int FIRST_DIMENSION_COLUMN = 2;
    private static final int FINAL_COLUMN = 8;
    private static final int IMPROVEMENT_COLUMN = 9;
    private static final int TRACK_COLUMN = 10;

    @Test
    void every_published_final_of_2024_is_reproduced_from_its_dimension_scores() {
        List<String[]> rows = SharedData.rows(TestData.NATIONAL_2024_PART_A);
        List<String> mismatches = new ArrayList<>();

        for (String[] row : rows) {
            RegionScore score = ScoringEngine.fromDimensionScores(weightsOf(row), dimensionScores(row));
            BigDecimal published = SharedData.publishedDecimal(row[FINAL_COLUMN]);
            if (score.finalShown().compareTo(published) != 0) {
                mismatches.add(row[1] + ": computed " + score.finalShown() + ", published " + published);
            }
        }

        assertThat(rows).hasSize(70);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void kppn_ikn_missing_collaboration_counts_as_zero() {
        Map<String, BigDecimal> karo = new HashMap<>();
        karo.put("BASELINE", new BigDecimal("2.8"));
        karo.put("OUTPUT", new BigDecimal("2.24"));
        karo.put("OUTCOME", new BigDecimal("2.72"));
        karo.put("IMPACT", new BigDecimal("2.8"));
        karo.put("QUICK_WIN", new BigDecimal("2.12"));
        karo.put("COLLABORATION", null);

        RegionScore score = ScoringEngine.fromDimensionScores(Weights2024.KPPN_IKN, karo);

        assertThat(score.finalShown()).isEqualByComparingTo("2.26");
        DimensionResult collaboration = score.dimension("COLLABORATION").orElseThrow();
        assertThat(collaboration.source()).isEqualTo(DimensionSource.MISSING_COUNTED_AS_ZERO);
        assertThat(collaboration.score()).isEqualByComparingTo("0");
        assertThat(collaboration.contribution()).isEqualByComparingTo("0");
        assertThat(score.dimension("BASELINE").orElseThrow().source()).isEqualTo(DimensionSource.GIVEN);
    }

    @Test
    void karo_row_of_the_published_table_is_kppn_ikn_with_a_dash_for_collaboration() {
        String[] karo = SharedData.rows(TestData.NATIONAL_2024_PART_A).stream()
                .filter(row -> row[1].equals("KAB. KARO"))
                .findFirst()
                .orElseThrow();

        RegionScore score = ScoringEngine.fromDimensionScores(weightsOf(karo), dimensionScores(karo));

        assertThat(score.track()).isEqualTo("KPPN_IKN");
        assertThat(score.formula())
                .isEqualTo("0.10 × 2.80 + 0.20 × 2.24 + 0.20 × 2.72 + 0.20 × 2.80 + 0.20 × 2.12 + 0.10 × 0.00 = 2.26");
    }

    @Test
    void badung_improvement_is_this_years_shown_final_minus_last_years() {
        String[] badung = SharedData.rows(TestData.NATIONAL_2024_PART_A).get(0);
        assertThat(badung[1]).isEqualTo("KAB. BADUNG");

        Improvement improvement =
                Improvement.between(SharedData.publishedDecimal(badung[FINAL_COLUMN]), new BigDecimal("2.97"));

        assertThat(improvement.value()).isEqualByComparingTo(SharedData.publishedDecimal(badung[IMPROVEMENT_COLUMN]));
    }

    private static TrackWeights weightsOf(String[] row) {
        String track = row[TRACK_COLUMN].trim();
        return switch (track) {
            case "REGULER" -> Weights2024.REGULER;
            case "KPPN IKN" -> Weights2024.KPPN_IKN;
            default -> throw new IllegalArgumentException("unknown KET " + track);
        };
    }

    private static Map<String, BigDecimal> dimensionScores(String[] row) {
        Map<String, BigDecimal> scores = new HashMap<>();
        for (int i = 0; i < DIMENSIONS.length; i++) {
            scores.put(DIMENSIONS[i], SharedData.publishedDecimal(row[FIRST_DIMENSION_COLUMN + i]));
        }
        return scores;
    }
}
