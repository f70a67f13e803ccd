package id.kotacerdas.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.support.TestData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The results letter's addressees, against Lampiran I of letter B-1478/DJAI/AI.01.02/11/2024. */
class AddresseeTest {

    @Test
    void a_kabupaten_is_addressed_to_its_bupati_and_a_kota_to_its_walikota() {
        assertThat(Addressee.of("KABUPATEN", "Kabupaten Badung")).isEqualTo("Bupati Badung");
        assertThat(Addressee.of("KOTA", "Kota Surakarta")).isEqualTo("Walikota Surakarta");
        assertThat(Addressee.of("KOTA", "Surakarta")).isEqualTo("Walikota Surakarta");
    }

    /**
     * 186 of the letter's 191 addressees are written exactly as the app writes the registry's regions; the other
     * five are the letter's own spellings (Kulonprogo for Kulon Progo, Bau-Bau for Baubau, Tanjung Balai for
     * Tanjungbalai, Tanjungpinang for Tanjung Pinang) and a typo (Pematang for Pemalang): the app writes the
     * registry's names.
     */
    @Test
    void the_2024_letters_addressees_are_the_registrys_regions_as_the_letter_writes_them() {
        Set<String> fromRegistry = new HashSet<>();
        for (String line :
                TestData.text("data/wilayah/regencies.csv").lines().skip(1).toList()) {
            String name = line.split(",", 3)[2];
            fromRegistry.add(Addressee.of(name.startsWith("Kota ") ? "KOTA" : "KABUPATEN", name));
        }
        List<String> published = TestData.tsvRows(TestData.LETTER_2024_ADDRESSEES).stream()
                .map(r -> r[1])
                .toList();

        assertThat(published).hasSize(191);
        assertThat(published.stream().filter(fromRegistry::contains)).hasSize(186);
        assertThat(published.stream().filter(a -> !fromRegistry.contains(a)))
                .containsExactlyInAnyOrder(
                        "Bupati Kulonprogo",
                        "Bupati Pematang",
                        "Walikota Bau-Bau",
                        "Walikota Tanjung Balai",
                        "Walikota Tanjungpinang");
    }
}
