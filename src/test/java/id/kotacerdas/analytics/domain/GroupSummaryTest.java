package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupSummaryTest {

    @Test
    void an_odd_count_has_the_middle_final_as_its_median_and_the_mean_is_rounded_half_up() {
        GroupSummary bali = GroupSummary.of("51", "Bali", finals("3.35", "3.00", "3.08"));

        assertThat(bali.count()).isEqualTo(3);
        assertThat(bali.mean()).isEqualByComparingTo("3.14"); // 9.43 / 3 = 3.1433…
        assertThat(bali.median()).isEqualByComparingTo("3.08");
        assertThat(bali.min()).isEqualByComparingTo("3.00");
        assertThat(bali.max()).isEqualByComparingTo("3.35");
    }

    @Test
    void an_even_count_has_the_mean_of_the_two_middle_finals_as_its_median_rounded_half_up() {
        GroupSummary group = GroupSummary.of("x", "X", finals("3.05", "2.00", "3.00", "4.00"));

        assertThat(group.median()).isEqualByComparingTo("3.03"); // (3.00 + 3.05) / 2 = 3.025
        assertThat(group.mean()).isEqualByComparingTo("3.01"); // 12.05 / 4 = 3.0125
    }

    @Test
    void a_region_without_a_final_is_not_counted_and_an_empty_group_has_no_figures() {
        assertThat(GroupSummary.of("x", "X", finals("2.00", null)).count()).isEqualTo(1);
        GroupSummary empty = GroupSummary.of("x", "X", finals((String) null));
        assertThat(empty.count()).isZero();
        assertThat(empty.mean()).isNull();
        assertThat(empty.median()).isNull();
    }

    private static List<BigDecimal> finals(String... values) {
        return Arrays.stream(values)
                .map(v -> v == null ? null : new BigDecimal(v))
                .toList();
    }
}
