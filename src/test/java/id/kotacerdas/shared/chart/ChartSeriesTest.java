package id.kotacerdas.shared.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {

    @Test
    void a_series_with_nulls_keeps_them_in_place() {
        ChartSeries series = new ChartSeries("2024", "#485fc7", Arrays.asList(null, new BigDecimal("2.5"), null));

        assertThat(series.values()).containsExactly(null, new BigDecimal("2.5"), null);
    }

    @Test
    void one_value_is_enough_to_be_drawn() {
        assertThat(new ChartSeries("2024", "#485fc7", Arrays.asList(null, BigDecimal.ZERO)).hasValues())
                .isTrue();
    }

    @Test
    void a_series_of_only_missing_values_or_none_has_nothing_to_draw() {
        assertThat(new ChartSeries("2023", "#9fb0e8", Arrays.asList(null, null)).hasValues())
                .isFalse();
        assertThat(new ChartSeries("2023", "#9fb0e8", List.of()).hasValues()).isFalse();
    }

    @Test
    void the_values_are_a_copy_that_cannot_be_changed() {
        List<BigDecimal> source = new ArrayList<>(List.of(BigDecimal.ONE));
        ChartSeries series = new ChartSeries("2024", "#485fc7", source);
        source.set(0, BigDecimal.TEN);

        assertThat(series.values()).containsExactly(BigDecimal.ONE);
        assertThatThrownBy(() -> series.values().add(BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
