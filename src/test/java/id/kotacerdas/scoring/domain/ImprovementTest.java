package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ImprovementTest {

    @Test
    void badung_improved_by_eleven_hundredths_from_2023_to_2024() {
        Improvement improvement = Improvement.between(new BigDecimal("3.08"), new BigDecimal("2.97"));

        assertThat(improvement.value()).isEqualTo(new BigDecimal("0.11"));
        assertThat(improvement.currentShown()).isEqualTo(new BigDecimal("3.08"));
        assertThat(improvement.previousShown()).isEqualTo(new BigDecimal("2.97"));
    }

    @Test
    void a_decline_is_a_negative_improvement() {
        assertThat(Improvement.between(new BigDecimal("3.07"), new BigDecimal("3.14"))
                        .value())
                .isEqualTo(new BigDecimal("-0.07"));
    }

    @Test
    void improvement_is_taken_between_shown_finals_not_full_precision_ones() {
        // 3.075 shows as 3.08, 2.974 as 2.97: 0.11 (not 0.101)
        Improvement improvement = Improvement.between(new BigDecimal("3.075"), new BigDecimal("2.974"));

        assertThat(improvement.value()).isEqualTo(new BigDecimal("0.11"));
    }
}
