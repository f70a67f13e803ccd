package id.kotacerdas.region.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kotacerdas.region.domain.MatchResult.Exact;
import id.kotacerdas.region.domain.MatchResult.Suggested;
import id.kotacerdas.region.domain.MatchResult.Unmatched;
import id.kotacerdas.region.domain.MatchResult.Unmatched.Why;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionNameMatcherTest {

    private static final RegionNameMatcher MATCHER = RegistryFixture.matcher();

    private static void assertExact(String input, String code, String name) {
        assertThat(MATCHER.match(input)).as(input).isInstanceOfSatisfying(Exact.class, exact -> {
            assertThat(exact.region().code()).isEqualTo(code);
            assertThat(exact.region().name()).isEqualTo(name);
        });
    }

    @Test
    void turkish_dotted_capital_i_matches_wakatobi() {
        assertExact("KAB. WAKATOBİ", "74.07", "Kabupaten Wakatobi");
    }

    @Test
    void odd_casing_matches_konawe_selatan() {
        assertExact("KAB. KONawe SELATAN", "74.05", "Kabupaten Konawe Selatan");
    }

    @Test
    void kulon_progo_matches_with_and_without_the_space() {
        assertExact("KAB. KULON PROGO", "34.01", "Kabupaten Kulon Progo");
        assertExact("Bupati Kulonprogo", "34.01", "Kabupaten Kulon Progo");
    }

    @Test
    void walikota_addressee_matches_its_kota() {
        assertExact("Walikota Bukittinggi", "13.75", "Kota Bukittinggi");
    }

    @Test
    void misspelt_bukittinggi_is_only_suggested() {
        assertThat(MATCHER.match("KOTA BUKITINGGI")).isEqualTo(new Suggested(region("13.75"), 1));
    }

    @Test
    void bupati_pematang_suggests_kabupaten_pemalang_not_kota_pematangsiantar() {
        MatchResult result = MATCHER.match("Bupati Pematang");
        assertThat(result).isEqualTo(new Suggested(region("33.27"), 1));
        assertThat(((Suggested) result).region().name()).isEqualTo("Kabupaten Pemalang");
    }

    @Test
    void unknown_name_is_unmatched_with_a_reason() {
        MatchResult result = MATCHER.match("KAB. ANTAH BERANTAH");
        assertThat(result).isInstanceOfSatisfying(Unmatched.class, unmatched -> {
            assertThat(unmatched.why()).isEqualTo(Why.UNKNOWN);
            assertThat(unmatched.reason()).contains("no kabupaten named 'KAB. ANTAH BERANTAH'");
        });
    }

    @Test
    void two_candidates_at_the_same_distance_are_ambiguous_never_guessed() {
        RegionNameMatcher tiny = new RegionNameMatcher(List.of(
                RegionName.of("99.01", "Kabupaten Sumbawa"),
                RegionName.of("99.02", "Kabupaten Sumbawi"),
                RegionName.of("99.71", "Kota Sumbawu")));
        MatchResult result = tiny.match("KAB. SUMBAWE");
        assertThat(result).isInstanceOfSatisfying(Unmatched.class, unmatched -> {
            assertThat(unmatched.why()).isEqualTo(Why.AMBIGUOUS);
            assertThat(unmatched.reason())
                    .isEqualTo("ambiguous: 'KAB. SUMBAWE' could be Kabupaten Sumbawa, Kabupaten Sumbawi");
            assertThat(unmatched.candidates()).extracting(RegionName::code).containsExactly("99.01", "99.02");
        });
    }

    @Test
    void a_name_shared_by_a_kabupaten_and_a_kota_needs_its_prefix() {
        assertExact("KAB. BEKASI", "32.16", "Kabupaten Bekasi");
        assertExact("KOTA BEKASI", "32.75", "Kota Bekasi");
        assertThat(MATCHER.match("BEKASI")).isInstanceOfSatisfying(Unmatched.class, unmatched -> {
            assertThat(unmatched.why()).isEqualTo(Why.AMBIGUOUS);
            assertThat(unmatched.candidates())
                    .extracting(RegionName::name)
                    .containsExactly("Kabupaten Bekasi", "Kota Bekasi");
        });
    }

    @Test
    void a_unique_name_without_prefix_matches_exactly() {
        assertExact("Wakatobi", "74.07", "Kabupaten Wakatobi");
        assertExact("KOTABARU", "63.02", "Kabupaten Kotabaru");
    }

    @Test
    void kota_baru_written_apart_is_suggested_as_kabupaten_kotabaru() {
        assertThat(MATCHER.match("Kota Baru")).isEqualTo(new Suggested(region("63.02"), 0));
    }

    @Test
    void the_kind_is_never_swapped_silently() {
        MatchResult result = MATCHER.match("KAB. BUKITTINGGI");
        assertThat(result).isInstanceOfSatisfying(Unmatched.class, unmatched -> {
            assertThat(unmatched.why()).isEqualTo(Why.UNKNOWN);
            assertThat(unmatched.candidates())
                    .first()
                    .extracting(RegionName::name)
                    .isEqualTo("Kota Bukittinggi");
        });
    }

    @Test
    void blank_input_is_unmatched_as_empty() {
        assertThat(MATCHER.match("  "))
                .isInstanceOfSatisfying(
                        Unmatched.class, u -> assertThat(u.why()).isEqualTo(Why.EMPTY));
        assertThat(MATCHER.match(null))
                .isInstanceOfSatisfying(
                        Unmatched.class, u -> assertThat(u.why()).isEqualTo(Why.EMPTY));
        assertThat(MATCHER.match("KAB."))
                .isInstanceOfSatisfying(
                        Unmatched.class, u -> assertThat(u.why()).isEqualTo(Why.EMPTY));
    }

    @Test
    void short_names_are_not_matched_loosely() {
        // "batu" (4 letters) allows 1 edit; "bat" (3 letters) allows none.
        assertThat(MATCHER.match("KOTA BATO")).isEqualTo(new Suggested(region("35.79"), 1));
        assertThat(MATCHER.match("KOTA BAT")).isInstanceOf(Unmatched.class);
    }

    @Test
    void the_loose_threshold_is_at_most_two_and_a_quarter_of_the_key() {
        assertThat(RegionNameMatcher.maxDistance(3)).isZero();
        assertThat(RegionNameMatcher.maxDistance(4)).isEqualTo(1);
        assertThat(RegionNameMatcher.maxDistance(8)).isEqualTo(2);
        assertThat(RegionNameMatcher.maxDistance(30)).isEqualTo(2);
    }

    @Test
    void registry_entries_that_collide_are_refused() {
        assertThatThrownBy(() -> new RegionNameMatcher(
                        List.of(RegionName.of("1", "Kota Bau Bau"), RegionName.of("2", "Kota Bau-Bau"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same normalised name");
    }

    @Test
    void region_kind_comes_from_the_registry_name_prefix() {
        assertThat(RegionName.of("51.03", "Kabupaten Badung").kind()).isEqualTo(RegionKind.KABUPATEN);
        assertThat(RegionName.of("13.75", "Kota Bukittinggi").kind()).isEqualTo(RegionKind.KOTA);
        assertThatThrownBy(() -> RegionName.of("00.00", "Badung")).isInstanceOf(IllegalArgumentException.class);
    }

    private static RegionName region(String code) {
        return RegistryFixture.registry().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
