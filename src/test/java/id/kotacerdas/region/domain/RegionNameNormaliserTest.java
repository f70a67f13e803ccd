package id.kotacerdas.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionNameNormaliserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "KAB. BADUNG            | KABUPATEN | badung",
                "Kab Badung             | KABUPATEN | badung",
                "KAB.BADUNG             | KABUPATEN | badung",
                "Kabupaten Badung       | KABUPATEN | badung",
                "Bupati Badung          | KABUPATEN | badung",
                "KOTA BUKITINGGI        | KOTA      | bukitinggi",
                "Walikota Bukittinggi   | KOTA      | bukittinggi",
                "Wali Kota Bukittinggi  | KOTA      | bukittinggi",
                "Kota Adm. Jakarta Pusat| KOTA      | jakartapusat",
                "Kota Administrasi Jakarta Pusat | KOTA | jakartapusat",
                "Kabupaten Administrasi Kepulauan Seribu | KABUPATEN | kepulauanseribu",
                "KAB. ADM. KEPULAUAN SERIBU | KABUPATEN | kepulauanseribu",
                "KAB. KULON PROGO       | KABUPATEN | kulonprogo",
                "Bupati Kulonprogo      | KABUPATEN | kulonprogo",
                "Walikota Bau-Bau       | KOTA      | baubau",
                "KAB. KONawe SELATAN    | KABUPATEN | konaweselatan",
                "Kabupaten Lima Puluh Kota | KABUPATEN | limapuluhkota",
                "Kabupaten Kotabaru     | KABUPATEN | kotabaru",
                "Kota Kotamobagu        | KOTA      | kotamobagu",
            })
    void prefixes_are_recognised_and_removed(String input, RegionKind kind, String key) {
        assertThat(RegionNameNormaliser.normalise(input)).isEqualTo(new NormalisedName(kind, key));
    }

    @Test
    void turkish_dotted_capital_i_folds_to_plain_i() {
        assertThat(RegionNameNormaliser.normalise("KAB. WAKATOBİ"))
                .isEqualTo(new NormalisedName(RegionKind.KABUPATEN, "wakatobi"));
    }

    @Test
    void turkish_dotless_i_folds_to_plain_i() {
        assertThat(RegionNameNormaliser.normalise("Kab. Wakatobı").key()).isEqualTo("wakatobi");
    }

    @Test
    void result_does_not_depend_on_the_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(RegionNameNormaliser.normalise("KAB. WAKATOBI BIMA").key())
                    .isEqualTo("wakatobibima");
            assertThat(RegionNameNormaliser.normalise("KAB. WAKATOBİ").key()).isEqualTo("wakatobi");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void accents_apostrophes_and_odd_spaces_are_dropped() {
        assertThat(RegionNameNormaliser.normalise("Kota  Baubáu’\u00A0").key()).isEqualTo("baubau");
        assertThat(RegionNameNormaliser.normalise("  kab.  tojo una-una ").key())
                .isEqualTo("tojounauna");
    }

    @Test
    void a_prefix_must_be_a_whole_word() {
        assertThat(RegionNameNormaliser.normalise("Kotabaru")).isEqualTo(new NormalisedName(null, "kotabaru"));
        assertThat(RegionNameNormaliser.normalise("Kabanjahe")).isEqualTo(new NormalisedName(null, "kabanjahe"));
        assertThat(RegionNameNormaliser.normalise("Kota Baru")).isEqualTo(new NormalisedName(RegionKind.KOTA, "baru"));
    }

    @Test
    void null_and_blank_give_an_empty_key_without_kind() {
        assertThat(RegionNameNormaliser.normalise(null)).isEqualTo(new NormalisedName(null, ""));
        assertThat(RegionNameNormaliser.normalise("  ")).isEqualTo(new NormalisedName(null, ""));
        assertThat(RegionNameNormaliser.normalise("KAB. ")).isEqualTo(new NormalisedName(RegionKind.KABUPATEN, ""));
    }
}
