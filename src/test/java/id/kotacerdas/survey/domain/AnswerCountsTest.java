package id.kotacerdas.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Survey score and 95% interval against hand-computed values: mean = Σx/n, s = sample standard deviation,
 * half-width = t(0.975, n−1) · s / √n with t from statistical tables (t(4) = 2.7764, t(49) = 2.0096).
 */
class AnswerCountsTest {

    @Test
    void fifty_answers_give_their_mean_and_a_t_interval() {
        // 2 × 1, 8 × 2, 25 × 3, 15 × 4: Σx = 153, mean 3.06; Σx² = 2 + 32 + 225 + 240 = 499
        // s² = (50·499 − 153²) / (50·49) = 1541 / 2450 = 0.628980 → s = 0.793082
        // half = 2.009575 · 0.793082 / √50 = 0.225392 → [2.834608, 3.285392]
        AnswerCounts counts = new AnswerCounts(2, 8, 25, 15);

        assertThat(counts.n()).isEqualTo(50);
        assertThat(counts.mean()).isEqualByComparingTo("3.06");
        assertThat(counts.standardDeviation().doubleValue()).isCloseTo(0.7930823, within(1e-6));
        assertThat(counts.tQuantile().doubleValue()).isCloseTo(2.0095752, within(1e-6));
        assertThat(counts.ci95Low().doubleValue()).isCloseTo(2.8346085, within(1e-6));
        assertThat(counts.ci95High().doubleValue()).isCloseTo(3.2853915, within(1e-6));
        assertThat(counts.ci95Low().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("2.83");
        assertThat(counts.ci95High().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.29");
    }

    @Test
    void an_interval_past_the_scale_is_cut_at_four() {
        // 4, 4, 3, 3, 2: mean 3.2, s = √0.7 = 0.836660, half = 2.776445 · 0.836660 / √5 = 1.038851
        AnswerCounts counts = new AnswerCounts(0, 1, 2, 2);

        assertThat(counts.mean()).isEqualByComparingTo("3.2");
        assertThat(counts.halfWidth().doubleValue()).isCloseTo(1.0388506, within(1e-6));
        assertThat(counts.ci95Low().doubleValue()).isCloseTo(2.1611494, within(1e-6));
        assertThat(counts.ci95High()).isEqualByComparingTo("4");
    }

    @Test
    void one_answer_has_a_mean_but_no_interval_and_none_has_neither() {
        assertThat(new AnswerCounts(0, 0, 1, 0).mean()).isEqualByComparingTo("3");
        assertThat(new AnswerCounts(0, 0, 1, 0).ci95Low()).isNull();
        assertThat(AnswerCounts.none().mean()).isNull();
    }

    @Property
    void the_interval_holds_the_mean_and_stays_on_the_scale(
            @ForAll @IntRange(max = 60) int ones,
            @ForAll @IntRange(max = 60) int twos,
            @ForAll @IntRange(max = 60) int threes,
            @ForAll @IntRange(min = 2, max = 60) int fours) {
        AnswerCounts counts = new AnswerCounts(ones, twos, threes, fours);
        BigDecimal mean = counts.mean();

        assertThat(counts.ci95Low()).isLessThanOrEqualTo(mean).isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(counts.ci95High()).isGreaterThanOrEqualTo(mean).isLessThanOrEqualTo(new BigDecimal("4"));
    }
}
