package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the agreement and the calibration that hold for any panel. */
class AnalyticsProperties {

    @Property
    void alpha_is_one_when_every_assessor_gives_every_question_the_same_score(
            @ForAll @Size(min = 2, max = 115) List<@IntRange(min = 1, max = 4) Integer> questionScores,
            @ForAll @IntRange(min = 2, max = 7) int assessors) {
        Assume.that(questionScores.stream().distinct().count() >= 2);
        List<Integer[]> units = new ArrayList<>();
        for (int score : questionScores) {
            Integer[] unit = new Integer[assessors];
            Arrays.fill(unit, score);
            units.add(unit);
        }

        Alpha alpha = KrippendorffAlpha.of(units, assessors);

        assertThat(alpha.interval()).isEqualByComparingTo("1");
        assertThat(alpha.ordinal()).isEqualByComparingTo("1");
        assertThat(alpha.belowFloor()).isFalse();
    }

    @Property
    void the_mean_differences_of_a_panel_whose_members_scored_every_question_sum_to_zero(
            @ForAll @Size(min = 2, max = 7) List<@Size(value = 20) List<@IntRange(min = 1, max = 4) Integer>> scores) {
        Map<String, int[]> panel = new LinkedHashMap<>();
        for (int a = 0; a < scores.size(); a++) {
            panel.put(
                    "asesor-" + a,
                    scores.get(a).stream().mapToInt(Integer::intValue).toArray());
        }

        List<AssessorCalibration> lines = Calibration.of(List.of(Sheets.sheet("51.03", panel, no -> "OUTPUT")), 2);

        BigDecimal sum =
                lines.stream().map(AssessorCalibration::meanDifference).reduce(BigDecimal.ZERO, BigDecimal::add);
        // each shown to 3 decimals: their sum is 0 within half a thousandth each
        assertThat(sum.abs()).isLessThanOrEqualTo(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(lines.size())));
        assertThat(lines).hasSize(scores.size());
    }

    @Property
    void the_panel_with_one_assessor_shifted_down_everywhere_has_them_most_severe(
            @ForAll @Size(value = 30) List<@IntRange(min = 2, max = 4) Integer> agreed,
            @ForAll @IntRange(min = 2, max = 6) int others) {
        int[] base = agreed.stream().mapToInt(Integer::intValue).toArray();
        Map<String, int[]> panel = new LinkedHashMap<>();
        for (int a = 0; a < others; a++) {
            panel.put("asesor-" + a, base);
        }
        panel.put("keras", Sheets.minus(base, 1));

        List<AssessorCalibration> lines = Calibration.of(List.of(Sheets.sheet("51.03", panel, no -> "OUTPUT")), 2);

        assertThat(lines.get(0).assessor()).isEqualTo("keras");
        assertThat(lines.get(0).meanDifference()).isEqualByComparingTo("-1");
        assertThat(lines.get(0).spreadQuestions()).isZero();
    }
}
