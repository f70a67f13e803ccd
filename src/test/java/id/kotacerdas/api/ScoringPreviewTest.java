package id.kotacerdas.api;

import static id.kotacerdas.api.Api.find;
import static id.kotacerdas.api.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestData;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The scoring calculator: Kab. Badung's 2024 question scores give its published dimensions and final. */
@IntegrationTest
class ScoringPreviewTest {

    @Autowired
    MockMvc mvc;

    @Test
    void badungs_question_scores_give_its_published_dimensions_and_final() throws Exception {
        ResultActions preview = preview("REGULER", badungScores())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.BASELINE").value(3.56))
                .andExpect(jsonPath("$.dimensions.OUTPUT").value(2.73))
                .andExpect(jsonPath("$.dimensions.OUTCOME").value(3.27))
                .andExpect(jsonPath("$.dimensions.IMPACT").value(3.18))
                .andExpect(jsonPath("$.dimensions.QUICK_WIN").value(2.8))
                .andExpect(jsonPath("$.final").value(3.08));

        JsonNode explained = json(preview).get("explanation").get("dimensions");
        assertThat(find(explained, "code", "BASELINE").get("weight").decimalValue())
                .isEqualByComparingTo("0.10");
        assertThat(find(explained, "code", "OUTPUT").get("weight").decimalValue())
                .isEqualByComparingTo("0.20");
        assertThat(find(explained, "code", "OUTCOME").get("weight").decimalValue())
                .isEqualByComparingTo("0.30");
        assertThat(find(explained, "code", "IMPACT").get("weight").decimalValue())
                .isEqualByComparingTo("0.20");
        assertThat(find(explained, "code", "QUICK_WIN").get("weight").decimalValue())
                .isEqualByComparingTo("0.20");
    }

    @Test
    void a_missing_question_is_refused_naming_it() throws Exception {
        Map<String, BigDecimal> scores = badungScores();
        scores.remove("42");

        expectProblem(preview("REGULER", scores), "preview.missing", "42");
    }

    @Test
    void a_score_outside_the_1_to_4_scale_is_refused() throws Exception {
        Map<String, BigDecimal> scores = badungScores();
        scores.put("7", BigDecimal.valueOf(5));

        expectProblem(preview("REGULER", scores), "preview.outOfScale", "7");
    }

    @Test
    void an_unknown_track_is_refused() throws Exception {
        expectProblem(preview("NUSANTARA", badungScores()), "track.unknown", "NUSANTARA");
    }

    private ResultActions preview(String track, Map<String, BigDecimal> scores) throws Exception {
        return mvc.perform(post("/api/v1/scoring/preview")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Api.toJson(Map.of("year", 2024, "track", track, "questionScores", scores))));
    }

    /** A 400 problem with its code and a detail (in the caller's language) naming the culprit. */
    private static void expectProblem(ResultActions result, String code, String named) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail", containsString(named)));
    }

    /** {"1": 4, "2": 3, ...}: Kab. Badung's 2024 question scores, as published. */
    private static Map<String, BigDecimal> badungScores() {
        List<String[]> rows = TestData.tsvLines(TestData.BADUNG_2024_QUESTION_SCORES);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            scores.put(row[0].strip(), new BigDecimal(row[1].strip()));
        }
        assertThat(scores).hasSize(115);
        return scores;
    }
}
