package id.kotacerdas.shared.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers and dates as the ministry's letter and reports print them. */
class IndonesianFormatTest {

    @Test
    void a_score_is_written_with_a_decimal_comma_and_two_places() {
        assertThat(IndonesianFormat.number(new BigDecimal("3.08"))).isEqualTo("3,08");
        assertThat(IndonesianFormat.number(new BigDecimal("3"))).isEqualTo("3,00");
        assertThat(IndonesianFormat.number(new BigDecimal("0.1"))).isEqualTo("0,10");
    }

    @Test
    void a_missing_score_is_a_dash() {
        assertThat(IndonesianFormat.number(null)).isEqualTo("-");
        assertThat(IndonesianFormat.decimals(null, 4)).isEqualTo("-");
    }

    @Test
    void half_a_hundredth_rounds_up() {
        assertThat(IndonesianFormat.number(new BigDecimal("3.085"))).isEqualTo("3,09");
        assertThat(IndonesianFormat.number(new BigDecimal("2.345"))).isEqualTo("2,35");
        assertThat(IndonesianFormat.number(new BigDecimal("3.0849999"))).isEqualTo("3,08");
    }

    @Test
    void a_negative_improvement_keeps_its_sign_and_rounds_away_from_zero() {
        assertThat(IndonesianFormat.number(new BigDecimal("-0.25"))).isEqualTo("-0,25");
        assertThat(IndonesianFormat.number(new BigDecimal("-0.005"))).isEqualTo("-0,01");
    }

    @Test
    void thousands_are_grouped_with_a_dot() {
        assertThat(IndonesianFormat.number(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
        assertThat(IndonesianFormat.decimals(new BigDecimal("1234567"), 0)).isEqualTo("1.234.567");
    }

    @Test
    void the_working_is_written_to_the_scale_asked_for() {
        assertThat(IndonesianFormat.decimals(new BigDecimal("3.07645"), 4)).isEqualTo("3,0765");
        assertThat(IndonesianFormat.decimals(new BigDecimal("0.6"), 4)).isEqualTo("0,6000");
        assertThat(IndonesianFormat.decimals(new BigDecimal("2.5"), 0)).isEqualTo("3");
    }

    @Test
    void a_measured_value_keeps_the_decimals_it_has_and_drops_trailing_zeros() {
        assertThat(IndonesianFormat.plain(new BigDecimal("1.0000"))).isEqualTo("1");
        assertThat(IndonesianFormat.plain(new BigDecimal("12.5000"))).isEqualTo("12,5");
        assertThat(IndonesianFormat.plain(new BigDecimal("100"))).isEqualTo("100");
        assertThat(IndonesianFormat.plain(new BigDecimal("1250.7500"))).isEqualTo("1.250,75");
        assertThat(IndonesianFormat.plain(new BigDecimal("0.0025"))).isEqualTo("0,0025");
        assertThat(IndonesianFormat.plain(null)).isEqualTo("-");
    }

    @Test
    void a_weight_is_a_whole_percentage() {
        assertThat(IndonesianFormat.percent(new BigDecimal("0.10"))).isEqualTo("10%");
        assertThat(IndonesianFormat.percent(new BigDecimal("0.125"))).isEqualTo("13%");
        assertThat(IndonesianFormat.percent(BigDecimal.ONE)).isEqualTo("100%");
    }

    @Test
    void the_date_is_written_with_the_indonesian_month_name() {
        assertThat(IndonesianFormat.date(LocalDate.of(2024, 11, 25))).isEqualTo("25 November 2024");
        assertThat(IndonesianFormat.date(LocalDate.of(2024, 8, 5))).isEqualTo("5 Agustus 2024");
        assertThat(IndonesianFormat.date(LocalDate.of(2025, 12, 31))).isEqualTo("31 Desember 2025");
        assertThat(IndonesianFormat.date(LocalDate.of(2025, 3, 1))).isEqualTo("1 Maret 2025");
    }
}
