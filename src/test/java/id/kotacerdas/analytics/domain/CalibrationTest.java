package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Assessor calibration: the mean difference from the panel mates with its interval, against the rest's interval;
 * the outlier of a question in reconciliation.
 */
class CalibrationTest {

    private static final int SPREAD = 2;

    /** Region 51.03: four assessors agree, "keras" scores every question one point lower; 51.71: a noisy panel. */
    private static List<PanelSheet> twoPanels() {
        int[] agreed = Sheets.varied(115, 0, 2);
        Map<String, int[]> badung = new LinkedHashMap<>();
        for (String a : new String[] {"ayu", "bagus", "citra", "dewi"}) {
            badung.put(a, agreed);
        }
        badung.put("keras", Sheets.minus(agreed, 1));
        Map<String, int[]> denpasar = new LinkedHashMap<>();
        denpasar.put("ayu", Sheets.varied(115, 1, 1));
        denpasar.put("bagus", Sheets.varied(115, 2, 1));
        denpasar.put("citra", Sheets.varied(115, 1, 1));
        denpasar.put("eka", Sheets.varied(115, 3, 1));
        denpasar.put("fajar", Sheets.varied(115, 1, 1));
        return List.of(
                Sheets.sheet("51.03", badung, Sheets::dimension2024),
                Sheets.sheet("51.71", denpasar, Sheets::dimension2024));
    }

    @Test
    void an_assessor_one_point_lower_on_every_question_is_flagged_severe_and_nobody_else_is() {
        List<AssessorCalibration> lines = Calibration.of(twoPanels(), SPREAD);

        AssessorCalibration keras = lines.get(0);
        assertThat(keras.assessor()).isEqualTo("keras");
        assertThat(keras.leaning()).isEqualTo(Leaning.SEVERE);
        assertThat(keras.meanDifference()).isEqualByComparingTo("-1");
        assertThat(keras.ci95Low()).isEqualByComparingTo("-1");
        assertThat(keras.ci95High()).isEqualByComparingTo("-1");
        assertThat(keras.restLow()).isGreaterThan(keras.meanDifference());
        assertThat(keras.regions()).isEqualTo(1);
        assertThat(keras.questions()).isEqualTo(115);
        assertThat(lines).filteredOn(AssessorCalibration::flagged).containsExactly(keras);
        // the four who agreed differ from their mates by x − (3x + x − 1)/4 = +0.25 in 51.03
        AssessorCalibration dewi = lines.stream()
                .filter(l -> l.assessor().equals("dewi"))
                .findFirst()
                .orElseThrow();
        assertThat(dewi.meanDifference()).isEqualByComparingTo("0.25");
        assertThat(dewi.leaning()).isEqualTo(Leaning.WITHIN);
    }

    @Test
    void an_assessor_who_scores_only_one_point_apart_is_never_an_outlier_in_reconciliation() {
        List<AssessorCalibration> lines = Calibration.of(twoPanels().subList(0, 1), SPREAD);

        assertThat(lines).allSatisfy(l -> {
            assertThat(l.spreadQuestions()).isZero();
            assertThat(l.outliers()).isZero();
        });
    }

    @Test
    void the_outlier_of_a_question_in_reconciliation_is_the_one_score_farthest_from_the_median() {
        Map<String, int[]> panel = new LinkedHashMap<>();
        panel.put("a", new int[] {3, 2, 1});
        panel.put("b", new int[] {3, 2, 3});
        panel.put("c", new int[] {3, 4, 3});
        panel.put("d", new int[] {1, 4, 4});
        PanelSheet sheet = Sheets.sheet("51.03", panel, no -> "OUTPUT");

        List<AssessorCalibration> lines = Calibration.of(List.of(sheet), SPREAD);

        // 1: 3 3 3 1, the 1 (d); 2: 2 2 4 4, two share the distance: none; 3: 1 3 3 4, median 3, the 1 (a)
        assertThat(lines)
                .extracting(
                        AssessorCalibration::assessor,
                        AssessorCalibration::spreadQuestions,
                        AssessorCalibration::outliers)
                .containsExactlyInAnyOrder(tuple("a", 3, 1), tuple("b", 3, 0), tuple("c", 3, 0), tuple("d", 3, 1));
    }

    @Test
    void a_lone_assessor_of_a_panel_has_no_difference_to_count() {
        Map<String, int[]> panel = new LinkedHashMap<>();
        panel.put("a", new int[] {3, 2, 1});

        assertThat(Calibration.of(List.of(Sheets.sheet("51.03", panel, no -> "OUTPUT")), SPREAD))
                .isEmpty();
    }
}
