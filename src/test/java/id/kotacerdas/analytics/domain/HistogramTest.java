package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistogramTest {

    private static final List<String> TRACKS = List.of("REGULER", "KPPN_IKN");

    @Test
    void every_period_has_the_same_sixteen_bins_of_a_quarter_point_from_0_to_4() {
        Histogram histogram = Histogram.of(List.of(), TRACKS);

        assertThat(histogram.bins()).hasSize(16);
        assertThat(histogram.width()).isEqualByComparingTo("0.25");
        assertThat(histogram.bins().get(0).from()).isEqualByComparingTo("0");
        assertThat(histogram.bins().get(0).to()).isEqualByComparingTo("0.25");
        assertThat(histogram.bins().get(15).from()).isEqualByComparingTo("3.75");
        assertThat(histogram.bins().get(15).to()).isEqualByComparingTo("4");
        assertThat(histogram.total()).isZero();
    }

    @Test
    void a_final_on_a_bound_is_counted_in_the_bin_above_and_4_in_the_last() {
        Histogram histogram = Histogram.of(
                List.of(
                        KnownTable.region("a", "A", "51", "Bali", "REGULER", "3.00", null, null),
                        KnownTable.region("b", "B", "51", "Bali", "REGULER", "2.99", null, null),
                        KnownTable.region("c", "C", "51", "Bali", "REGULER", "4.00", null, null),
                        KnownTable.region("d", "D", "51", "Bali", "REGULER", "0.00", null, null)),
                TRACKS);

        assertThat(count(histogram, "2.75")).isEqualTo(1); // 2.99
        assertThat(count(histogram, "3.00")).isEqualTo(1); // 3.00
        assertThat(count(histogram, "3.75")).isEqualTo(1); // 4.00
        assertThat(count(histogram, "0")).isEqualTo(1); // 0.00
        assertThat(histogram.total()).isEqualTo(4);
    }

    @Test
    void the_known_table_falls_in_its_bins_counted_per_track() {
        Histogram histogram = Histogram.of(KnownTable.ALL, TRACKS);

        assertThat(count(histogram, "2.25")).isEqualTo(1); // Karo 2.26
        assertThat(bin(histogram, "2.25").byTrack()).isEqualTo(Map.of("REGULER", 0, "KPPN_IKN", 1));
        assertThat(count(histogram, "2.50")).isEqualTo(1); // Kebumen 2.50
        assertThat(count(histogram, "3.00")).isEqualTo(2); // Tabanan 3.00, Badung 3.08
        assertThat(count(histogram, "3.25")).isEqualTo(1); // Denpasar 3.35
        assertThat(count(histogram, "3.75")).isEqualTo(1); // Surakarta 4.00
        assertThat(histogram.total()).isEqualTo(6); // Cilacap has no final
    }

    private static int count(Histogram histogram, String from) {
        return bin(histogram, from).count();
    }

    private static Histogram.FinalsBin bin(Histogram histogram, String from) {
        return histogram.bins().stream()
                .filter(b -> b.from().compareTo(new BigDecimal(from)) == 0)
                .findFirst()
                .orElseThrow();
    }
}
