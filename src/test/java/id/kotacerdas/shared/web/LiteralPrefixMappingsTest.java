package id.kotacerdas.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralPrefixMappingsTest {

    @Test
    void a_pattern_is_known_by_its_literal_text_up_to_the_last_slash_before_a_variable() {
        assertThat(LiteralPrefixMappings.literalPrefix("/api/v1/public/surveys/{year}/{code}/responses"))
                .isEqualTo("/api/v1/public/surveys");
        assertThat(LiteralPrefixMappings.literalPrefix("/api/v1/periods/{year}"))
                .isEqualTo("/api/v1/periods");
        assertThat(LiteralPrefixMappings.literalPrefix("/wilayah/{code}.json")).isEqualTo("/wilayah");
    }

    @Test
    void a_capture_of_the_rest_also_matches_its_parent_path_so_the_prefix_stops_before_it() {
        // "/files/{*path}" matches "/files" itself: the prefix must not require the slash
        assertThat(LiteralPrefixMappings.literalPrefix("/files/{*path}")).isEqualTo("/files");
        assertThat(LiteralPrefixMappings.literalPrefix("/static/**")).isEqualTo("/static");
        assertThat(LiteralPrefixMappings.literalPrefix("/a/b?c/d")).isEqualTo("/a");
    }

    @Test
    void a_literal_pattern_keeps_its_parent_path_and_one_segment_patterns_match_any_path() {
        assertThat(LiteralPrefixMappings.literalPrefix("/api/v1/regions")).isEqualTo("/api/v1");
        assertThat(LiteralPrefixMappings.literalPrefix("/masuk")).isEmpty();
        assertThat(LiteralPrefixMappings.literalPrefix("/")).isEmpty();
        assertThat(LiteralPrefixMappings.literalPrefix("")).isEmpty();
    }
}
