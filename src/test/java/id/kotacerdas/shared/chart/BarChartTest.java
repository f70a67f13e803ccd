package id.kotacerdas.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The bar chart's geometry by hand: the plot runs from x 28 to 462 (434 wide) and from the zero line at y 186 up
 * to the score 4 at y 12 (174 high, 43.5 per score). Each category gets 434 / n; its bars fill the middle 70%.
 */
class BarChartTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static ChartSeries series(String name, String colour, String... values) {
        return new ChartSeries(
                name,
                colour,
                Arrays.stream(values)
                        .map(v -> v == null ? null : new BigDecimal(v))
                        .toList());
    }

    @Test
    void bars_scale_to_the_axis_maximum() {
        // one category, one series: the bar is 434 · 0.7 = 303.8 wide, from 28 + 434 · 0.15 = 93.1
        BarChart chart = BarChart.of(List.of("Tata Kelola"), List.of(series("2024", "#485fc7", "2")));

        BarChart.Bar bar = chart.bars().get(0);
        assertThat(bar.height()).isCloseTo(87, EXACT);
        assertThat(bar.y()).isCloseTo(99, EXACT);
        assertThat(bar.x()).isCloseTo(93.1, EXACT);
        assertThat(bar.width()).isCloseTo(302.8, EXACT);
        assertThat(bar.labelY()).isCloseTo(97, EXACT);
        assertThat(bar.label()).isEqualTo("2,00");
    }

    @Test
    void two_series_stand_side_by_side_and_a_missing_value_draws_no_bar() {
        // group 217, bar 217 · 0.7 / 2 = 75.95; group 0 starts at 60.55, group 1 at 277.55
        BarChart chart = BarChart.of(
                List.of("Branding", "Ekonomi"),
                List.of(series("2024", "#485fc7", "3.08", "2"), series("2023", "#9fb0e8", null, "4.5")));

        assertThat(chart.bars())
                .extracting(BarChart.Bar::label, BarChart.Bar::colour)
                .containsExactly(tuple("3,08", "#485fc7"), tuple("2,00", "#485fc7"), tuple("4,50", "#9fb0e8"));
        BarChart.Bar first = chart.bars().get(0);
        assertThat(first.x()).isCloseTo(60.55, EXACT);
        assertThat(first.width()).isCloseTo(74.95, EXACT);
        assertThat(first.height()).isCloseTo(133.98, EXACT); // 174 · 3.08 / 4
        assertThat(first.y()).isCloseTo(52.02, EXACT);
        assertThat(chart.bars().get(1).x()).isCloseTo(277.55, EXACT);
        assertThat(chart.bars().get(2).x()).isCloseTo(353.5, EXACT);
    }

    @Test
    void a_score_past_the_scale_is_cut_at_the_top_but_labelled_as_it_is() {
        BarChart chart = BarChart.of(List.of("Lingkungan"), List.of(series("2024", "#485fc7", "4.5")));

        BarChart.Bar bar = chart.bars().get(0);
        assertThat(bar.y()).isCloseTo(12, EXACT);
        assertThat(bar.height()).isCloseTo(174, EXACT);
        assertThat(bar.label()).isEqualTo("4,50");
    }

    @Test
    void every_category_gets_its_label_under_the_middle_of_its_group() {
        BarChart chart =
                BarChart.of(List.of("Branding", "Ekonomi", "Sosial", "Lingkungan"), List.of(series("2024", "#485fc7")));

        assertThat(chart.categories())
                .extracting(BarChart.Label::text)
                .containsExactly("Branding", "Ekonomi", "Sosial", "Lingkungan");
        assertThat(chart.categories())
                .extracting(BarChart.Label::x)
                .containsExactly(82.25, 190.75, 299.25, 407.75); // 28 + 108.5 · (c + ½)
        assertThat(chart.categoryY()).isEqualTo(202);
    }

    @Test
    void a_gridline_at_every_whole_score() {
        BarChart chart = BarChart.of(List.of("Branding"), List.of());

        assertThat(chart.gridlines())
                .extracting(BarChart.Gridline::y, BarChart.Gridline::label)
                .containsExactly(
                        tuple(186.0, "0"), tuple(142.5, "1"), tuple(99.0, "2"), tuple(55.5, "3"), tuple(12.0, "4"));
        assertThat(List.of(chart.width(), chart.height(), chart.plotLeft(), chart.plotRight()))
                .containsExactly(470.0, 240.0, 28.0, 462.0);
    }

    @Test
    void a_series_without_values_has_neither_bars_nor_key() {
        BarChart chart = BarChart.of(
                List.of("Branding"),
                List.of(
                        series("Kota Surakarta", "#485fc7", "3"),
                        series("Nasional", "#7a7a7a", (String) null),
                        series("Jalur", "#d4a017", "1")));

        assertThat(chart.keys())
                .extracting(BarChart.Key::x, BarChart.Key::y, BarChart.Key::colour, BarChart.Key::name)
                .containsExactly(
                        tuple(28.0, 226.0, "#485fc7", "Kota Surakarta"), tuple(178.0, 226.0, "#d4a017", "Jalur"));
        // two drawn series share the group: 434 · 0.7 / 2 = 151.9, the second bar next to the first
        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.bars().get(1).x()).isCloseTo(93.1 + 151.9, EXACT);
    }

    @Test
    void a_percentage_scale_puts_a_gridline_every_twenty_and_its_bars_in_proportion() {
        // 174 high for 100%: 85.71% is 149.1354 high, from y 36.8646
        BarChart chart = BarChart.of(
                List.of("Governance", "Branding"),
                List.of(series("Tingkat implementasi (%)", "#485fc7", "100", "85.71")),
                BarChart.Scale.PERCENT);

        assertThat(chart.gridlines())
                .extracting(BarChart.Gridline::label)
                .containsExactly("0", "20", "40", "60", "80", "100");
        double[] ys = {186, 151.2, 116.4, 81.6, 46.8, 12};
        for (int g = 0; g < ys.length; g++) {
            assertThat(chart.gridlines().get(g).y()).isCloseTo(ys[g], EXACT);
        }
        assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("100,00", "85,71");
        assertThat(chart.bars().get(0).y()).isCloseTo(12, EXACT);
        assertThat(chart.bars().get(1).height()).isCloseTo(149.1354, within(1e-9));
    }

    @Test
    void the_default_scale_is_the_scores_and_a_scale_must_end_on_a_step() {
        BarChart scores = BarChart.of(List.of("Branding"), List.of(series("2024", "#485fc7", "2")));
        BarChart same =
                BarChart.of(List.of("Branding"), List.of(series("2024", "#485fc7", "2")), BarChart.Scale.SCORES);

        assertThat(same).isEqualTo(scores);
        assertThatThrownBy(() -> new BarChart.Scale(100, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarChart.Scale(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void every_bar_stands_on_the_zero_line_at_a_height_proportional_to_its_score(
            @ForAll @BigRange(min = "0", max = "4") @Scale(2) BigDecimal score) {
        BarChart.Bar bar = BarChart.of(List.of("Branding"), List.of(new ChartSeries("2024", "#485fc7", List.of(score))))
                .bars()
                .get(0);

        assertThat(bar.y() + bar.height()).isCloseTo(186, within(1e-9));
        assertThat(bar.height()).isCloseTo(43.5 * score.doubleValue(), within(1e-9));
    }
}
