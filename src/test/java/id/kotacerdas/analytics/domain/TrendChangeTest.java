package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendChangeTest {

    @Test
    void the_change_spans_the_first_and_the_last_period_with_a_final_whatever_lies_between() {
        Map<Integer, BigDecimal> finals = new LinkedHashMap<>();
        finals.put(2024, new BigDecimal("3.08"));
        finals.put(2022, new BigDecimal("2.80"));
        finals.put(2023, new BigDecimal("3.40"));
        finals.put(2025, null);

        TrendChange change = TrendChange.of(finals);

        assertThat(change.fromYear()).isEqualTo(2022);
        assertThat(change.toYear()).isEqualTo(2024);
        assertThat(change.change()).isEqualByComparingTo("0.28");
    }

    @Test
    void one_period_has_no_change() {
        assertThat(TrendChange.of(Map.of(2024, new BigDecimal("3.08")))).isNull();
    }
}
