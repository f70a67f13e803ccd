package id.kotacerdas.api;

import static id.kotacerdas.api.Api.admin;
import static id.kotacerdas.api.Api.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A period's life through the API: created as a draft with a copy of 2024's instrument, edited while a
 * draft, frozen once the self-assessment opens; its schedule and its participants.
 */
@IntegrationTest
class InstrumentLifecycleTest {

    private static final int CREATED = TestYears.INSTRUMENT_LIFECYCLE_CREATED;
    private static final int WEIGHTS_REFUSED = TestYears.INSTRUMENT_LIFECYCLE_WEIGHTS_REFUSED;
    private static final int WEIGHTS_STORED = TestYears.INSTRUMENT_LIFECYCLE_WEIGHTS_STORED;
    private static final int QUESTIONS_EDITED = TestYears.INSTRUMENT_LIFECYCLE_QUESTIONS_EDITED;
    private static final int FROZEN = TestYears.INSTRUMENT_LIFECYCLE_FROZEN;
    private static final int STAGES = TestYears.INSTRUMENT_LIFECYCLE_STAGES;
    private static final int SCHEDULE = TestYears.INSTRUMENT_LIFECYCLE_SCHEDULE;
    private static final int PARTICIPANTS = TestYears.INSTRUMENT_LIFECYCLE_PARTICIPANTS;

    private static final String QUESTION = """
            {"dimension":"OUTPUT","indicator":"Kebijakan","subIndicator":"Regulasi",
             "text":"Apakah daerah memiliki peraturan kepala daerah tentang smart city?"}""";

    private static final Map<String, Double> WEIGHTS_90_PERCENT =
            Map.of("BASELINE", 0.1, "OUTPUT", 0.2, "OUTCOME", 0.2, "IMPACT", 0.2, "QUICK_WIN", 0.2);

    private static final Map<String, Double> WEIGHTS_MORE_IMPACT =
            Map.of("BASELINE", 0.1, "OUTPUT", 0.2, "OUTCOME", 0.25, "IMPACT", 0.25, "QUICK_WIN", 0.2);

    @Autowired
    MockMvc mvc;

    @Test
    void a_new_period_is_a_draft_with_a_copy_of_the_2024_instrument_shown_to_administrators_only() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/periods"), "{\"year\":" + CREATED + ",\"copyInstrumentFrom\":2024}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/periods/" + CREATED)))
                .andExpect(jsonPath("$.year").value(CREATED))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.questions").value(115));

        // a draft's questionnaire is the ministry's working copy: administrators only
        mvc.perform(get("/api/v1/periods/" + CREATED + "/instrument"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("instrument.draft"))
                .andExpect(jsonPath("$.questions").doesNotExist());
        mvc.perform(get("/api/v1/periods/" + CREATED + "/instrument").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(115));
    }

    @Test
    void weights_summing_to_90_percent_are_refused_and_change_nothing() throws Exception {
        Api.createPeriod(mvc, WEIGHTS_REFUSED);
        JsonNode before = instrument(WEIGHTS_REFUSED).get("dimensions");

        setWeights(WEIGHTS_REFUSED, WEIGHTS_90_PERCENT)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.code").value("weights.sum"))
                .andExpect(jsonPath("$.detail", containsString("90%")));

        assertThat(instrument(WEIGHTS_REFUSED).get("dimensions")).isEqualTo(before);
    }

    @Test
    void valid_weights_of_a_draft_are_stored() throws Exception {
        Api.createPeriod(mvc, WEIGHTS_STORED);

        setWeights(WEIGHTS_STORED, WEIGHTS_MORE_IMPACT).andExpect(status().isOk());

        JsonNode dimensions = instrument(WEIGHTS_STORED).get("dimensions");
        assertThat(regulerWeight(dimensions, "OUTCOME")).isEqualTo(0.25);
        assertThat(regulerWeight(dimensions, "IMPACT")).isEqualTo(0.25);
        assertThat(regulerWeight(dimensions, "BASELINE")).isEqualTo(0.1);
        assertThat(find(dimensions, "code", "OUTCOME")
                        .get("weights")
                        .get("KPPN_IKN")
                        .asDouble())
                .as("the other track keeps its weights")
                .isEqualTo(0.2);
    }

    @Test
    void questions_of_a_draft_can_be_edited_added_and_removed() throws Exception {
        Api.createPeriod(mvc, QUESTIONS_EDITED);

        mvc.perform(asAdmin(put("/api/v1/periods/" + QUESTIONS_EDITED + "/instrument/questions/3"), QUESTION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.no").value(3))
                .andExpect(jsonPath("$.text").value(containsString("peraturan kepala daerah")));
        JsonNode third = find(instrument(QUESTIONS_EDITED).get("questions"), "no", "3");
        assertThat(third.get("text").asString()).contains("peraturan kepala daerah");
        assertThat(third.get("dimension").asString()).isEqualTo("OUTPUT");

        mvc.perform(asAdmin(post("/api/v1/periods/" + QUESTIONS_EDITED + "/instrument/questions"), QUESTION))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.no").value(116));
        assertThat(instrument(QUESTIONS_EDITED).get("questions")).hasSize(116);

        mvc.perform(delete("/api/v1/periods/" + QUESTIONS_EDITED + "/instrument/questions/116")
                        .with(admin()))
                .andExpect(status().isNoContent());
        assertThat(instrument(QUESTIONS_EDITED).get("questions")).hasSize(115);
    }

    @Test
    void once_the_self_assessment_opens_the_instrument_is_frozen() throws Exception {
        Api.createPeriod(mvc, FROZEN);
        transition(FROZEN, "SELF_ASSESSMENT")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_ASSESSMENT"));
        JsonNode before = instrument(FROZEN);

        expectFrozen(mvc.perform(asAdmin(put("/api/v1/periods/" + FROZEN + "/instrument/questions/3"), QUESTION)));
        expectFrozen(mvc.perform(asAdmin(post("/api/v1/periods/" + FROZEN + "/instrument/questions"), QUESTION)));
        expectFrozen(mvc.perform(delete("/api/v1/periods/" + FROZEN + "/instrument/questions/115")
                .with(admin())));
        expectFrozen(setWeights(FROZEN, WEIGHTS_MORE_IMPACT));

        JsonNode after = instrument(FROZEN);
        assertThat(after.get("questions")).isEqualTo(before.get("questions"));
        assertThat(after.get("dimensions")).isEqualTo(before.get("dimensions"));
    }

    @Test
    void a_period_moves_only_to_its_next_stage() throws Exception {
        Api.createPeriod(mvc, STAGES);
        transition(STAGES, "SELF_ASSESSMENT").andExpect(status().isOk());

        transition(STAGES, "PUBLISHED")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.code").value("period.transition.refused"))
                .andExpect(jsonPath("$.detail", containsString("Diterbitkan")));

        mvc.perform(get("/api/v1/periods/" + STAGES))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_ASSESSMENT"));
    }

    @Test
    void an_existing_year_cannot_be_created_again() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/periods"), "{\"year\":2024,\"copyInstrumentFrom\":2024}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.code").value("period.exists"))
                .andExpect(jsonPath("$.detail", containsString("2024")));
        mvc.perform(get("/api/v1/periods/2024"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.questions").value(115));
    }

    @Test
    void a_period_without_a_year_is_refused_as_a_problem() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/periods"), "{\"copyInstrumentFrom\":2024}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(asAdmin(post("/api/v1/periods"), "{\"year\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM));
    }

    @Test
    void a_deadline_before_the_opening_is_refused() throws Exception {
        Api.createPeriod(mvc, SCHEDULE);

        mvc.perform(asAdmin(
                        patch("/api/v1/periods/" + SCHEDULE),
                        "{\"selfAssessmentOpens\":\"" + SCHEDULE + "-10-01\",\"selfAssessmentDeadline\":\"" + SCHEDULE
                                + "-09-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.code").value("period.deadline.beforeOpen"));

        mvc.perform(asAdmin(
                        patch("/api/v1/periods/" + SCHEDULE),
                        "{\"selfAssessmentOpens\":\"" + SCHEDULE + "-10-01\",\"selfAssessmentDeadline\":\"" + SCHEDULE
                                + "-11-20\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfAssessmentOpens").value(SCHEDULE + "-10-01"))
                .andExpect(jsonPath("$.selfAssessmentDeadline").value(SCHEDULE + "-11-20"));
    }

    @Test
    void a_region_takes_part_on_a_track_of_the_period() throws Exception {
        Api.createPeriod(mvc, PARTICIPANTS);

        mvc.perform(asAdmin(put("/api/v1/periods/" + PARTICIPANTS + "/participants/51.03"), "{\"track\":\"KPPN_IKN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("51.03"))
                .andExpect(jsonPath("$.track").value("KPPN_IKN"));
        JsonNode participants = Api.json(mvc.perform(
                        get("/api/v1/periods/" + PARTICIPANTS + "/participants").with(admin()))
                .andExpect(status().isOk()));
        assertThat(find(participants, "regionCode", "51.03").get("track").asString())
                .isEqualTo("KPPN_IKN");

        mvc.perform(asAdmin(put("/api/v1/periods/" + PARTICIPANTS + "/participants/99.99"), "{\"track\":\"REGULER\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM));
        mvc.perform(asAdmin(
                        put("/api/v1/periods/" + PARTICIPANTS + "/participants/51.71"), "{\"track\":\"NUSANTARA\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM));
    }

    /** Refused with a detail naming the period and its stage (in the caller's language). */
    private static void expectFrozen(ResultActions result) throws Exception {
        result.andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(Api.PROBLEM))
                .andExpect(jsonPath("$.code").value("instrument.frozen"))
                .andExpect(jsonPath("$.detail", containsString(String.valueOf(FROZEN))))
                .andExpect(jsonPath("$.detail", containsString("Penilaian mandiri")));
    }

    private ResultActions setWeights(int year, Map<String, Double> weights) throws Exception {
        return mvc.perform(
                asAdmin(put("/api/v1/periods/{year}/instrument/weights/REGULER", year), Api.toJson(weights)));
    }

    private ResultActions transition(int year, String to) throws Exception {
        return mvc.perform(asAdmin(post("/api/v1/periods/{year}/transitions", year), "{\"to\":\"" + to + "\"}"));
    }

    private JsonNode instrument(int year) throws Exception {
        return Api.json(
                mvc.perform(get("/api/v1/periods/{year}/instrument", year).with(admin()))
                        .andExpect(status().isOk()));
    }

    private static double regulerWeight(JsonNode dimensions, String code) {
        return find(dimensions, "code", code).get("weights").get("REGULER").asDouble();
    }

    /** An admin's request with a JSON body. */
    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request, String body) {
        return request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
