package id.kotacerdas.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackWeightsTest {

    @Test
    void weights_of_2024_have_no_problems() {
        assertThat(Weights2024.REGULER.problems()).isEmpty();
        assertThat(Weights2024.KPPN_IKN.problems()).isEmpty();
        assertThat(Weights2024.KPPN_IKN.sum()).isEqualByComparingTo("1");
    }

    @Test
    void weights_summing_to_ninety_percent_are_a_problem() {
        TrackWeights weights =
                Weights2024.weights("REGULER", "BASELINE=0.10 OUTPUT=0.20 OUTCOME=0.20 IMPACT=0.20 QUICK_WIN=0.20");

        assertThat(weights.problems()).containsExactly("weights of track REGULER sum to 0.90, must be 1.00");
    }

    @Test
    void a_negative_weight_is_a_problem_even_when_the_sum_is_one() {
        TrackWeights weights = Weights2024.weights("T", "A=1.10 B=-0.10");

        assertThat(weights.problems()).containsExactly("weight of B in track T is negative: -0.10");
    }

    @Test
    void a_track_without_weights_is_a_problem() {
        assertThat(new TrackWeights("T", Map.of()).problems()).containsExactly("track T has no weighted dimensions");
    }

    @Test
    void weights_are_copied_and_keep_their_order() {
        Map<String, BigDecimal> source = new LinkedHashMap<>();
        source.put("Z", new BigDecimal("0.5"));
        source.put("A", new BigDecimal("0.5"));
        TrackWeights weights = new TrackWeights("T", source);
        source.put("B", BigDecimal.ONE);

        assertThat(weights.weights().keySet()).containsExactly("Z", "A");
        assertThatThrownBy(() -> weights.weights().put("C", BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_null_weight_is_rejected() {
        Map<String, BigDecimal> source = new LinkedHashMap<>();
        source.put("A", null);

        assertThatThrownBy(() -> new TrackWeights("T", source)).isInstanceOf(IllegalArgumentException.class);
    }
}
