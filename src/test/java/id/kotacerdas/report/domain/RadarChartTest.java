package id.kotacerdas.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import id.kotacerdas.shared.chart.BarChart;
import id.kotacerdas.shared.chart.ChartSeries;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The radar's geometry by hand: centre (235, 122), radius 95 for the score 4 (23.75 per score), the first spoke
 * straight up and the others clockwise at 360° / n; labels at 1.14 × the radius (108.3), 3 lower for the baseline.
 */
class RadarChartTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final List<String> FOUR = List.of("Branding", "Ekonomi", "Sosial", "Lingkungan");

    private static ChartSeries series(String name, String colour, String... values) {
        return new ChartSeries(
                name,
                colour,
                Arrays.stream(values)
                        .map(v -> v == null ? null : new BigDecimal(v))
                        .toList());
    }

    @Test
    void radar_is_not_drawable_below_three_dimensions() {
        assertThat(RadarChart.drawable(2)).isFalse();
        assertThat(RadarChart.drawable(3)).isTrue();
        assertThatThrownBy(() -> RadarChart.of(List.of("Branding", "Ekonomi"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three categories");
    }

    @Test
    void the_polygon_points_lie_on_the_spokes_at_a_radius_proportional_to_the_score() {
        // up 4 → r 95; right 2 → r 47.5; down missing → the centre; left 3.2 → r 76
        RadarChart chart = RadarChart.of(FOUR, List.of(series("Kota Surakarta", "#485fc7", "4", "2", null, "3.2")));

        assertThat(chart.shapes())
                .extracting(RadarChart.Shape::points, RadarChart.Shape::colour, RadarChart.Shape::name)
                .containsExactly(tuple("235.0,27.0 282.5,122.0 235.0,122.0 159.0,122.0", "#485fc7", "Kota Surakarta"));
    }

    @Test
    void a_score_past_the_scale_sits_on_the_rim() {
        RadarChart chart = RadarChart.of(FOUR, List.of(series("2024", "#485fc7", "4.5", "9", "4", "4")));

        assertThat(chart.shapes().get(0).points()).isEqualTo("235.0,27.0 330.0,122.0 235.0,217.0 140.0,122.0");
    }

    @Test
    void the_axes_run_clockwise_from_the_top_with_labels_anchored_away_from_the_centre() {
        RadarChart chart = RadarChart.of(FOUR, List.of());

        assertThat(chart.axes())
                .extracting(RadarChart.Axis::label, RadarChart.Axis::anchor)
                .containsExactly(
                        tuple("Branding", "middle"),
                        tuple("Ekonomi", "start"),
                        tuple("Sosial", "middle"),
                        tuple("Lingkungan", "end"));
        RadarChart.Axis top = chart.axes().get(0);
        assertThat(top.x()).isCloseTo(235, EXACT);
        assertThat(top.y()).isCloseTo(27, EXACT);
        assertThat(top.labelX()).isCloseTo(235, EXACT);
        assertThat(top.labelY()).isCloseTo(122 - 108.3 + 3, EXACT);
        RadarChart.Axis right = chart.axes().get(1);
        assertThat(right.x()).isCloseTo(330, EXACT);
        assertThat(right.labelX()).isCloseTo(343.3, EXACT);
        assertThat(right.labelY()).isCloseTo(125, EXACT);
    }

    @Test
    void a_triangle_has_its_lower_spokes_at_thirty_degrees_below_the_horizontal() {
        // spoke 1 at 30°: (235 + 95 · cos 30°, 122 + 95 · sin 30°) = (317.27, 169.5)
        RadarChart chart = RadarChart.of(List.of("A", "B", "C"), List.of(series("2024", "#485fc7", "4", "4", "4")));

        assertThat(chart.shapes().get(0).points()).isEqualTo("235.0,27.0 317.3,169.5 152.7,169.5");
        assertThat(chart.axes()).extracting(RadarChart.Axis::anchor).containsExactly("middle", "start", "end");
        assertThat(chart.axes().get(1).labelX()).isCloseTo(235 + 108.3 * Math.sqrt(3) / 2, within(1e-9));
    }

    @Test
    void a_ring_at_every_whole_score() {
        RadarChart chart = RadarChart.of(FOUR, List.of());

        assertThat(chart.rings()).hasSize(4);
        assertThat(chart.rings().get(1)).isEqualTo("235.0,74.5 282.5,122.0 235.0,169.5 187.5,122.0");
        assertThat(chart.rings().get(3)).isEqualTo("235.0,27.0 330.0,122.0 235.0,217.0 140.0,122.0");
    }

    @Test
    void a_series_without_values_has_neither_shape_nor_key() {
        RadarChart chart = RadarChart.of(
                FOUR,
                List.of(
                        series("Kota Surakarta", "#485fc7", "1", "2", "3", "4"),
                        series("Nasional", "#7a7a7a", null, null, null, null),
                        series("Jalur", "#d4a017", "2", "2", "2", "2")));

        assertThat(chart.shapes()).extracting(RadarChart.Shape::name).containsExactly("Kota Surakarta", "Jalur");
        assertThat(chart.keys())
                .extracting(BarChart.Key::x, BarChart.Key::y, BarChart.Key::name)
                .containsExactly(tuple(28.0, 266.0, "Kota Surakarta"), tuple(178.0, 266.0, "Jalur"));
        assertThat(List.of(chart.width(), chart.height(), chart.cx(), chart.cy()))
                .containsExactly(470.0, 280.0, 235.0, 122.0);
    }

    @Property
    void every_vertex_is_on_its_spoke_at_the_scores_share_of_the_axis(
            @ForAll @IntRange(min = 3, max = 12) int dimensions,
            @ForAll @BigRange(min = "0", max = "4") @Scale(2) BigDecimal score) {
        RadarChart chart = RadarChart.of(
                Collections.nCopies(dimensions, "D"),
                List.of(new ChartSeries("2024", "#485fc7", Collections.nCopies(dimensions, score))));

        String[] vertices = chart.shapes().get(0).points().split(" ");
        assertThat(vertices).hasSize(dimensions);
        double share = score.doubleValue() / 4;
        for (int i = 0; i < dimensions; i++) {
            String[] xy = vertices[i].split(",");
            RadarChart.Axis axis = chart.axes().get(i);
            // printed to one decimal: within half a tenth of the exact point
            assertThat(Double.parseDouble(xy[0])).isCloseTo(235 + share * (axis.x() - 235), within(0.0501));
            assertThat(Double.parseDouble(xy[1])).isCloseTo(122 + share * (axis.y() - 122), within(0.0501));
        }
    }
}
