package id.kotacerdas.assessment;

import static id.kotacerdas.assessment.SelfAssessmentFixture.BADUNG;
import static id.kotacerdas.assessment.SelfAssessmentFixture.DENPASAR;
import static id.kotacerdas.assessment.SelfAssessmentFixture.PROBLEM;
import static id.kotacerdas.assessment.SelfAssessmentFixture.admin;
import static id.kotacerdas.assessment.SelfAssessmentFixture.answerBody;
import static id.kotacerdas.assessment.SelfAssessmentFixture.answers;
import static id.kotacerdas.assessment.SelfAssessmentFixture.as;
import static id.kotacerdas.assessment.SelfAssessmentFixture.putAnswer;
import static id.kotacerdas.assessment.SelfAssessmentFixture.read;
import static id.kotacerdas.assessment.SelfAssessmentFixture.regionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A region's operator saves draft answers with optimistic versions; nobody else may write them, and
 * every change lands in the admin-only audit trail.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersTest {

    static final int YEAR = TestYears.ANSWERS;
    static final String OPERATOR = "sa-ans-op-badung";
    static final String OTHER_OPERATOR = "sa-ans-op-denpasar";
    static final String ASSESSOR = "sa-ans-asr";

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @BeforeAll
    void openTheSelfAssessment() throws Exception {
        SelfAssessmentFixture.operator(accounts, OPERATOR, BADUNG);
        SelfAssessmentFixture.operator(accounts, OTHER_OPERATOR, DENPASAR);
        SelfAssessmentFixture.assessor(accounts, ASSESSOR);
        SelfAssessmentFixture.openPeriod(mvc, YEAR, BADUNG);
    }

    @Test
    void the_operator_saves_an_answer_and_each_write_raises_its_version() throws Exception {
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 1, answerBody(3, "Perda 2023", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.no").value(1))
                .andExpect(jsonPath("$.level").value(3))
                .andExpect(jsonPath("$.justification").value("Perda 2023"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.updatedBy").value(OPERATOR));

        mvc.perform(get(regionPath(YEAR, BADUNG) + "/answers").with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.no == 1)].level").value(3))
                .andExpect(jsonPath("$[?(@.no == 1)].version").value(1));

        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 1, answerBody(4, "Perda 2023 dan Perbup 2024", 1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value(4))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void a_stale_write_is_refused_with_the_current_version_and_changes_nothing() throws Exception {
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 2, answerBody(2, "Masterplan 2022", 0))
                .andExpect(jsonPath("$.version").value(1));
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 2, answerBody(3, "Masterplan 2023", 1))
                .andExpect(jsonPath("$.version").value(2));

        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 2, answerBody(1, "Tertimpa", 1))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("answer.stale"))
                .andExpect(jsonPath("$.currentVersion").value(2));
        // a first write that assumes no answer exists is stale too
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 2, answerBody(1, "Tertimpa", 0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("answer.stale"));

        JsonNode stored = answer(2);
        assertThat(stored.get("level").asInt()).isEqualTo(3);
        assertThat(stored.get("justification").asString()).isEqualTo("Masterplan 2023");
        assertThat(stored.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void a_level_outside_1_to_4_and_an_unknown_question_are_refused() throws Exception {
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 3, answerBody(5, "Terlalu tinggi", 0))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("answer.level"))
                .andExpect(jsonPath("$.field").value("level"));
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 3, answerBody(0, "Terlalu rendah", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("level"));
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 999, answerBody(3, "Tidak ada", 0))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("question.notFound"));
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 3, "{\"level\":\"tiga\",\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        assertThat(numbers(answers(mvc, YEAR, BADUNG))).doesNotContain(3, 999);
    }

    @Test
    void only_the_regions_own_operator_writes_and_only_it_and_admins_read() throws Exception {
        String body = answerBody(2, "Bukan wewenang", 0);
        putAnswer(mvc, as(OTHER_OPERATOR), YEAR, BADUNG, 4, body)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/answers").with(as(OTHER_OPERATOR)))
                .andExpect(status().isForbidden());
        putAnswer(mvc, as(ASSESSOR), YEAR, BADUNG, 4, body).andExpect(status().isForbidden());
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/answers").with(as(ASSESSOR)))
                .andExpect(status().isForbidden());
        mvc.perform(put(regionPath(YEAR, BADUNG) + "/answers/4")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/answers")).andExpect(status().isUnauthorized());
        putAnswer(mvc, admin(), YEAR, BADUNG, 4, body)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(regionPath(YEAR, BADUNG) + "/answers").with(admin())).andExpect(status().isOk());

        assertThat(numbers(answers(mvc, YEAR, BADUNG))).doesNotContain(4);
    }

    @Test
    void every_saved_answer_is_in_the_audit_trail_which_only_admins_read() throws Exception {
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 5, answerBody(2, "Rencana induk", 0))
                .andExpect(status().isOk());
        putAnswer(mvc, as(OPERATOR), YEAR, BADUNG, 5, answerBody(3, "Rencana induk disahkan", 1))
                .andExpect(status().isOk());

        JsonNode audit = read(mvc.perform(get("/api/v1/audit")
                        .param("region", BADUNG)
                        .param("year", String.valueOf(YEAR))
                        .with(admin()))
                .andExpect(status().isOk()));
        JsonNode[] ofQuestion5 = StreamSupport.stream(audit.spliterator(), false)
                .filter(e -> "ANSWER_SAVED".equals(e.path("action").asString(null)))
                .filter(e -> "question 5".equals(e.path("subject").asString(null)))
                .toArray(JsonNode[]::new);
        assertThat(ofQuestion5).hasSize(2);
        // newest first
        assertThat(ofQuestion5[0].get("actor").asString()).isEqualTo(OPERATOR);
        assertThat(ofQuestion5[0].get("year").asInt()).isEqualTo(YEAR);
        assertThat(ofQuestion5[0].get("regionCode").asString()).isEqualTo(BADUNG);
        assertThat(ofQuestion5[0].get("oldValue").asString()).isEqualTo("level 2: Rencana induk");
        assertThat(ofQuestion5[0].get("newValue").asString()).isEqualTo("level 3: Rencana induk disahkan");
        assertThat(ofQuestion5[1].get("oldValue").isNull()).isTrue();
        assertThat(ofQuestion5[1].get("newValue").asString()).isEqualTo("level 2: Rencana induk");

        mvc.perform(get("/api/v1/audit")
                        .param("region", BADUNG)
                        .param("year", String.valueOf(YEAR))
                        .with(as(OPERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").param("region", BADUNG)).andExpect(status().isUnauthorized());
    }

    private JsonNode answer(int no) throws Exception {
        return StreamSupport.stream(answers(mvc, YEAR, BADUNG).spliterator(), false)
                .filter(a -> a.get("no").asInt() == no)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no answer " + no));
    }

    private static java.util.List<Integer> numbers(JsonNode answers) {
        return StreamSupport.stream(answers.spliterator(), false)
                .map(a -> a.get("no").asInt())
                .toList();
    }
}
