package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void shown_values_round_half_up_to_two_decimals() {
        assertThat(Rounding.shown(new BigDecimal("3.075"))).isEqualTo(new BigDecimal("3.08"));
        assertThat(Rounding.shown(new BigDecimal("3.0749999"))).isEqualTo(new BigDecimal("3.07"));
        assertThat(Rounding.shown(new BigDecimal("2.8"))).isEqualTo(new BigDecimal("2.80"));
        assertThat(Rounding.shown(new BigDecimal("-0.005"))).isEqualTo(new BigDecimal("-0.01"));
    }
}
