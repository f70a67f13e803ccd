package id.kotacerdas.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static final List<String> YEARS = List.of("2022", "2023", "2024");

    @Test
    void each_year_is_a_point_on_the_0_to_4_scale_and_the_first_series_is_labelled() {
        LineChart chart =
                LineChart.of(YEARS, List.of(series("Nilai final", "2", "4", "0"), series("Baseline", "1", "1", "1")));

        List<LineChart.Point> finals = chart.points().subList(0, 3);
        assertThat(finals).extracting(LineChart.Point::label).containsExactly("2,00", "4,00", "0,00");
        assertThat(finals.get(1).y()).isEqualTo(BarChart.TOP);
        assertThat(finals.get(2).y()).isEqualTo(BarChart.BOTTOM);
        assertThat(finals.get(0).y()).isEqualTo((BarChart.TOP + BarChart.BOTTOM) / 2);
        assertThat(chart.points().subList(3, 6))
                .extracting(LineChart.Point::label)
                .containsOnlyNulls();
        assertThat(chart.categories()).extracting(BarChart.Label::text).containsExactlyElementsOf(YEARS);
        assertThat(chart.gridlines()).hasSize(5);
        assertThat(chart.keys()).extracting(BarChart.Key::name).containsExactly("Nilai final", "Baseline");
    }

    @Test
    void a_missing_value_breaks_the_line_and_draws_no_point() {
        LineChart chart = LineChart.of(YEARS, List.of(series("Kolaborasi", "3", null, "2")));

        assertThat(chart.lines()).hasSize(2);
        assertThat(chart.points()).hasSize(2);
    }

    @Test
    void a_series_without_values_is_left_out_and_keys_wrap_three_a_row() {
        LineChart chart = LineChart.of(
                YEARS,
                List.of(
                        series("a", "1", "1", "1"),
                        series("b", "1", "1", "1"),
                        series("c", "1", "1", "1"),
                        series("d", "1", "1", "1"),
                        series("none", null, null, null)));

        assertThat(chart.keys()).extracting(BarChart.Key::name).containsExactly("a", "b", "c", "d");
        assertThat(chart.keys().get(3).y()).isGreaterThan(chart.keys().get(0).y());
        assertThat(chart.keys().get(3).x()).isEqualTo(chart.keys().get(0).x());
        assertThat(chart.height()).isGreaterThan(chart.keys().get(3).y());
    }

    private static ChartSeries series(String name, String... values) {
        return new ChartSeries(
                name,
                "#485fc7",
                Arrays.stream(values)
                        .map(v -> v == null ? null : new BigDecimal(v))
                        .toList());
    }
}
