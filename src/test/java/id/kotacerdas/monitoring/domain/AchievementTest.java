package id.kotacerdas.monitoring.domain;

import static id.kotacerdas.monitoring.domain.Direction.HIGHER_IS_BETTER;
import static id.kotacerdas.monitoring.domain.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Statuses are computed from target and realisation, respecting the indicator's direction. */
class AchievementTest {

    @Test
    void higher_is_better_is_met_at_the_target_and_counts_what_share_was_realised() {
        assertThat(Achievement.of(HIGHER_IS_BETTER, d("80"), d("80"))).isEqualTo(met("100.00"));
        assertThat(Achievement.of(HIGHER_IS_BETTER, d("80"), d("60"))).isEqualTo(notMet("75.00"));
        assertThat(Achievement.of(HIGHER_IS_BETTER, d("3"), d("2"))).isEqualTo(notMet("66.67"));
        assertThat(Achievement.of(HIGHER_IS_BETTER, d("80"), d("100"))).isEqualTo(met("125.00"));
    }

    @Test
    void lower_is_better_is_met_at_or_under_the_target_and_met_exactly_is_met() {
        assertThat(Achievement.of(LOWER_IS_BETTER, d("30"), d("30"))).isEqualTo(met("100.00"));
        assertThat(Achievement.of(LOWER_IS_BETTER, d("30"), d("20"))).isEqualTo(met("150.00"));
        assertThat(Achievement.of(LOWER_IS_BETTER, d("30"), d("40"))).isEqualTo(notMet("75.00"));
    }

    @Test
    void a_target_of_zero_is_met_by_nothing_worse_than_zero() {
        assertThat(Achievement.of(HIGHER_IS_BETTER, d("0"), d("0"))).isEqualTo(met("100.00"));
        assertThat(Achievement.of(LOWER_IS_BETTER, d("0"), d("0"))).isEqualTo(met("100.00"));
        assertThat(Achievement.of(LOWER_IS_BETTER, d("0"), d("3"))).isEqualTo(notMet("0.00"));
        assertThat(Achievement.of(LOWER_IS_BETTER, d("5"), d("0"))).isEqualTo(met("100.00"));
    }

    @Test
    void without_a_realisation_or_a_target_the_status_is_not_known() {
        assertThat(Achievement.of(HIGHER_IS_BETTER, d("80"), null)).isEqualTo(Achievement.UNKNOWN);
        assertThat(Achievement.of(LOWER_IS_BETTER, null, d("3"))).isEqualTo(Achievement.UNKNOWN);
        assertThat(Achievement.UNKNOWN.status()).isEqualTo(Status.UNKNOWN);
        assertThat(Achievement.UNKNOWN.percent()).isNull();
    }

    private static Achievement met(String percent) {
        return new Achievement(Status.MET, d(percent));
    }

    private static Achievement notMet(String percent) {
        return new Achievement(Status.NOT_MET, d(percent));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
