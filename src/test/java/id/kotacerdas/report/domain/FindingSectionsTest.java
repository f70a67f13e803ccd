package id.kotacerdas.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kotacerdas.report.domain.FindingSections.Finding;
import id.kotacerdas.report.domain.FindingSections.Section;
import id.kotacerdas.report.domain.FindingSections.Signed;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingSectionsTest {

    @Test
    void findings_are_grouped_into_kekuatan_kelemahan_rekomendasi_in_that_order() {
        FindingSections sections = FindingSections.of(List.of(
                new Finding("REKOMENDASI", "Budi", "ITB", "Perluas layanan daring"),
                new Finding("KELEMAHAN", "Budi", "ITB", "Data belum terbuka"),
                new Finding("KEKUATAN", "Budi", "ITB", "Masterplan lengkap")));

        assertThat(sections.sections())
                .extracting(Section::kind)
                .containsExactly("KEKUATAN", "KELEMAHAN", "REKOMENDASI");
        assertThat(sections.sections().get(1).assessors())
                .containsExactly(new Signed("Budi, ITB", List.of("Data belum terbuka")));
    }

    @Test
    void a_kind_nobody_wrote_is_left_out() {
        FindingSections sections = FindingSections.of(List.of(
                new Finding("REKOMENDASI", "Budi", "ITB", "Perluas layanan daring"),
                new Finding("KEKUATAN", "Budi", "ITB", "Masterplan lengkap")));

        assertThat(sections.sections()).extracting(Section::kind).containsExactly("KEKUATAN", "REKOMENDASI");
        assertThat(sections.isEmpty()).isFalse();
    }

    @Test
    void no_findings_give_no_sections() {
        assertThat(FindingSections.of(List.of()).isEmpty()).isTrue();
        assertThat(FindingSections.of(List.of()).sections()).isEmpty();
    }

    @Test
    void assessors_are_signed_name_comma_affiliation_and_a_blank_affiliation_is_left_off() {
        FindingSections sections = FindingSections.of(List.of(
                new Finding("KEKUATAN", "Budi", "ITB", "a"),
                new Finding("KEKUATAN", "Citra", " ", "b"),
                new Finding("KEKUATAN", "Dewi", null, "c")));

        assertThat(sections.sections().get(0).assessors())
                .extracting(Signed::signature)
                .containsExactly("Budi, ITB", "Citra", "Dewi");
    }

    @Test
    void assessors_are_sorted_the_indonesian_way_not_by_character_code() {
        // by character code: "Zainal, IPB" < "adi, UGM" < "budi, ITB" < "Ádi, UI"
        FindingSections sections = FindingSections.of(List.of(
                new Finding("KEKUATAN", "Zainal", "IPB", "z"),
                new Finding("KEKUATAN", "Ádi", "UI", "á"),
                new Finding("KEKUATAN", "budi", "ITB", "b"),
                new Finding("KEKUATAN", "adi", "UGM", "a")));

        assertThat(sections.sections().get(0).assessors())
                .extracting(Signed::signature)
                .containsExactly("adi, UGM", "Ádi, UI", "budi, ITB", "Zainal, IPB");
    }

    @Test
    void each_assessors_findings_stay_together_in_the_order_written_and_the_order_is_the_same_in_every_section() {
        FindingSections sections = FindingSections.of(List.of(
                new Finding("KEKUATAN", "Citra", "UI", "k1"),
                new Finding("KELEMAHAN", "Citra", "UI", "l1"),
                new Finding("KEKUATAN", "Budi", "ITB", "k2"),
                new Finding("KEKUATAN", "Citra", "UI", "k3"),
                new Finding("KELEMAHAN", "Budi", "ITB", "l2"),
                new Finding("KEKUATAN", "Citra", "UI", "k4")));

        assertThat(sections.sections())
                .extracting(Section::kind, Section::assessors)
                .containsExactly(
                        tuple(
                                "KEKUATAN",
                                List.of(
                                        new Signed("Budi, ITB", List.of("k2")),
                                        new Signed("Citra, UI", List.of("k1", "k3", "k4")))),
                        tuple(
                                "KELEMAHAN",
                                List.of(
                                        new Signed("Budi, ITB", List.of("l2")),
                                        new Signed("Citra, UI", List.of("l1")))));
    }

    @Test
    void the_same_name_from_two_affiliations_signs_twice() {
        FindingSections sections = FindingSections.of(
                List.of(new Finding("REKOMENDASI", "Budi", "UI", "u"), new Finding("REKOMENDASI", "Budi", "ITB", "i")));

        assertThat(sections.sections().get(0).assessors())
                .containsExactly(new Signed("Budi, ITB", List.of("i")), new Signed("Budi, UI", List.of("u")));
    }
}
