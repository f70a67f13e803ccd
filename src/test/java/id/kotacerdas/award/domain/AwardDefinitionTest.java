package id.kotacerdas.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.shared.domain.InvalidInput;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An award's definition is read leniently (any case, "Smart Governance", "KPPN-IKN") and checked strictly. */
class AwardDefinitionTest {

    private static final Set<String> DIMENSIONS = Set.of("BASELINE", "OUTCOME");
    private static final Set<String> SMART = Set.of("GOVERNANCE");
    private static final Set<String> TRACKS = Set.of("REGULER", "KPPN_IKN");

    @Test
    void codes_are_normalised_and_the_slug_is_made_from_the_name() {
        AwardDefinition d = AwardDefinition.checked(
                " Kabupaten dengan Smart Governance terbaik ",
                null,
                "smart_dimension_outcome",
                "Smart Governance",
                "kppn-ikn",
                "kabupaten",
                3);

        assertThat(d.name()).isEqualTo("Kabupaten dengan Smart Governance terbaik");
        assertThat(d.slug()).isEqualTo("kabupaten-dengan-smart-governance-terbaik");
        assertThat(d.subject()).isEqualTo("GOVERNANCE");
        assertThat(d.track()).isEqualTo("KPPN_IKN");
        assertThat(d.kind()).isEqualTo("KABUPATEN");
        assertThat(d.within(DIMENSIONS, SMART, TRACKS)).isSameAs(d);
        assertThat(d.admits("KPPN_IKN", "KABUPATEN")).isTrue();
        assertThat(d.admits("REGULER", "KABUPATEN")).isFalse();
        assertThat(d.admits("KPPN_IKN", "KOTA")).isFalse();
    }

    @Test
    void the_final_and_the_improvement_rank_no_subject() {
        AwardDefinition d = AwardDefinition.checked("Terbaik", "terbaik", "FINAL", "OUTCOME", "", "", 1);

        assertThat(d.subject()).isNull();
        assertThat(d.admits("REGULER", "KOTA")).isTrue();
    }

    @Test
    void every_refusal_names_its_field() {
        assertThat(field(() -> AwardDefinition.checked(" ", null, "FINAL", null, null, null, 1)))
                .isEqualTo("name");
        assertThat(field(() -> AwardDefinition.checked("A", null, "BEST", null, null, null, 1)))
                .isEqualTo("measure");
        assertThat(field(() -> AwardDefinition.checked("A", null, "DIMENSION", " ", null, null, 1)))
                .isEqualTo("subject");
        assertThat(field(() -> AwardDefinition.checked("A", null, "FINAL", null, null, "DESA", 1)))
                .isEqualTo("kind");
        assertThat(field(() -> AwardDefinition.checked("A", null, "FINAL", null, null, null, 0)))
                .isEqualTo("places");
        assertThat(field(() -> AwardDefinition.checked("A", null, "FINAL", null, null, null, 101)))
                .isEqualTo("places");
        assertThat(field(() -> AwardDefinition.checked("A", "Bukan Slug", "FINAL", null, null, null, 1)))
                .isEqualTo("slug");
        assertThat(field(() -> AwardDefinition.checked("A", "123", "FINAL", null, null, null, 1)))
                .as("a number names an award by its id")
                .isEqualTo("slug");
        assertThat(field(() -> AwardDefinition.checked("A", null, "DIMENSION", "IMPACT", null, null, 1)
                        .within(DIMENSIONS, SMART, TRACKS)))
                .isEqualTo("subject");
        assertThat(field(() -> AwardDefinition.checked("A", null, "FINAL", null, "DESA", null, 1)
                        .within(DIMENSIONS, SMART, TRACKS)))
                .isEqualTo("track");
    }

    @Test
    void a_name_without_letters_or_digits_still_gives_a_valid_slug() {
        assertThat(Slug.of(null, "«»")).isEqualTo("penghargaan");
        assertThat(Slug.of(null, "1945")).isEqualTo("penghargaan-1945");
        assertThat(Slug.of(null, "Kota Terbaik — Inovasi Layanan Publik Digital untuk Warga dan Dunia Usaha Lokal"))
                .hasSizeLessThanOrEqualTo(60)
                .doesNotEndWith("-");
    }

    private static String field(Runnable definition) {
        try {
            definition.run();
        } catch (InvalidInput e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }
}
