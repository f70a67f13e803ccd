package id.kotacerdas.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistributionTest {

    private static final Distribution KNOWN = Distribution.of(KnownTable.ALL, KnownTable.TRACKS);

    @Test
    void the_bins_the_tracks_and_the_provinces_each_add_up_to_the_regions_with_a_final() {
        assertThat(KNOWN.regions()).isEqualTo(6);
        assertThat(KNOWN.histogram().total()).isEqualTo(6);
        assertThat(KNOWN.byTrack().stream().mapToInt(GroupSummary::count).sum()).isEqualTo(6);
        assertThat(KNOWN.byProvince().stream().mapToInt(GroupSummary::count).sum())
                .isEqualTo(6);
    }

    @Test
    void each_province_is_summarised_in_code_order() {
        assertThat(KNOWN.byProvince())
                .extracting(GroupSummary::code, GroupSummary::name, GroupSummary::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("12", "Sumatera Utara", 1),
                        org.assertj.core.groups.Tuple.tuple("33", "Jawa Tengah", 2),
                        org.assertj.core.groups.Tuple.tuple("51", "Bali", 3));
        GroupSummary jawaTengah = KNOWN.byProvince().get(1);
        assertThat(jawaTengah.mean()).isEqualByComparingTo("3.25"); // (2.50 + 4.00) / 2
        assertThat(jawaTengah.median()).isEqualByComparingTo("3.25");
        GroupSummary bali = KNOWN.byProvince().get(2);
        assertThat(bali.mean()).isEqualByComparingTo("3.14");
        assertThat(bali.median()).isEqualByComparingTo("3.08");
    }

    @Test
    void each_track_of_the_period_is_summarised_in_the_instruments_order() {
        GroupSummary reguler = KNOWN.byTrack().get(0);
        assertThat(reguler.code()).isEqualTo("REGULER");
        assertThat(reguler.count()).isEqualTo(5);
        assertThat(reguler.mean()).isEqualByComparingTo("3.19"); // 15.93 / 5 = 3.186
        assertThat(reguler.median()).isEqualByComparingTo("3.08");
        GroupSummary kppn = KNOWN.byTrack().get(1);
        assertThat(kppn.name()).isEqualTo("KPPN/IKN");
        assertThat(kppn.count()).isEqualTo(1);
        assertThat(kppn.mean()).isEqualByComparingTo("2.26");
    }

    @Test
    void the_leaders_come_from_every_ranked_region() {
        assertThat(KNOWN.improvements()).hasSize(5);
        assertThat(KNOWN.leaders(1).leaders())
                .extracting(l -> l.region().regionName())
                .containsExactly("Kota Surakarta");
    }
}
