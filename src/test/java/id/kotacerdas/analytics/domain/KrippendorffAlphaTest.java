package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against the published worked example (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability", section C): 4 coders, 12 units, missing values. Unit 12 has a single value and is not
 * pairable.
 */
class KrippendorffAlphaTest {

    /** By unit: the values of coders A, B, C and D ("." in the paper is null). */
    private static final Integer[][] EXAMPLE = {
        {1, 1, null, 1},
        {2, 2, 3, 2},
        {3, 3, 3, 3},
        {3, 3, 3, 3},
        {2, 2, 2, 2},
        {1, 2, 3, 4},
        {4, 4, 4, 4},
        {1, 1, 2, 1},
        {2, 2, 2, 2},
        {null, 5, 5, 5},
        {null, null, 1, 1},
        {null, 3, null, null}
    };

    private static List<Integer[]> units() {
        return List.of(EXAMPLE);
    }

    @Test
    void the_worked_example_gives_the_published_alphas() {
        assertThat(KrippendorffAlpha.with(units(), 4, Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.with(units(), 4, Metric.ORDINAL)).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.with(units(), 4, Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
        assertThat(KrippendorffAlpha.with(units(), 4, Metric.RATIO)).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void the_ordinal_metric_counts_only_pairable_values_as_krippendorff_does() {
        // with unit 12's lone 3 counted in the marginals the ordinal alpha would be 0.8161 (0.816): DKPro's gives
        // Krippendorff's 0.81539, from the coincidences of pairable values only
        assertThat(KrippendorffAlpha.with(units(), 4, Metric.ORDINAL)).isCloseTo(0.8153875, within(1e-7));
    }

    @Test
    void both_metrics_are_shown_to_three_decimals() {
        Alpha alpha = KrippendorffAlpha.of(units(), 4);

        assertThat(alpha.interval()).isEqualByComparingTo("0.849");
        assertThat(alpha.ordinal()).isEqualByComparingTo("0.815");
    }

    @Test
    void a_unit_with_fewer_than_two_values_changes_nothing() {
        List<Integer[]> pairable = new ArrayList<>(units().subList(0, 11));

        assertThat(KrippendorffAlpha.with(pairable, 4, Metric.INTERVAL))
                .isEqualTo(KrippendorffAlpha.with(units(), 4, Metric.INTERVAL));
        assertThat(KrippendorffAlpha.with(pairable, 4, Metric.ORDINAL))
                .isEqualTo(KrippendorffAlpha.with(units(), 4, Metric.ORDINAL));
    }

    @Test
    void alpha_is_undefined_without_variation_or_without_two_raters() {
        List<Integer[]> allThrees = List.<Integer[]>of(new Integer[] {3, 3, 3}, new Integer[] {3, 3, 3});

        assertThat(KrippendorffAlpha.with(allThrees, 3, Metric.INTERVAL)).isNaN();
        assertThat(KrippendorffAlpha.of(allThrees, 3).defined()).isFalse();
        assertThat(KrippendorffAlpha.with(List.<Integer[]>of(new Integer[] {3}), 1, Metric.INTERVAL))
                .isNaN();
    }

    @Test
    void the_floor_is_judged_on_the_interval_alpha_as_shown() {
        assertThat(Alpha.of(0.6666, 0.9).belowFloor()).isFalse(); // shown 0.667
        assertThat(Alpha.of(0.6664, 0.9).belowFloor()).isTrue(); // shown 0.666
        assertThat(Alpha.of(Double.NaN, Double.NaN).belowFloor()).isFalse();
    }
}
