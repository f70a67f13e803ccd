package id.kotacerdas.survey;

import static id.kotacerdas.survey.SurveyFixture.admin;
import static id.kotacerdas.survey.SurveyFixture.governance;
import static id.kotacerdas.survey.SurveyFixture.respond;
import static id.kotacerdas.survey.SurveyFixture.respondRaw;
import static id.kotacerdas.survey.SurveyFixture.respondWithToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Citizens answer through the public API: replays, quota, flags and the survey score with its interval. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyResponsesTest {

    private static final int YEAR = TestYears.SURVEY_RESPONSES;
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final String SUMMARY = "/api/v1/periods/" + YEAR + "/regions/{c}/survey-summary";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void open(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageSurvey manage,
            @Autowired MovePeriod move,
            @Autowired FormTokens tokens,
            @Autowired ManageAccounts accounts) {
        SurveyFixture.openSurvey(
                YEAR, 3, periods, participants, manage, move, tokens, "51.03", "51.71", "32.73", "12.01");
        accounts.create(new NewAccount("op-srv-5103", PASSWORD, "Ketut Operator", "OPERATOR", "51.03", null));
        accounts.create(new NewAccount("op-srv-3273", PASSWORD, "Asep Operator", "OPERATOR", "32.73", null));
    }

    @Test
    void twenty_concurrent_replays_of_one_key_store_one_response_counted_once() throws Exception {
        UUID key = UUID.randomUUID();
        String body = governance(4, 3, 4, 3, 4, 3, 4, 3, 2);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Callable<Integer> call = () -> {
                start.await();
                return respond(mvc, YEAR, "51.71", key, body)
                        .andReturn()
                        .getResponse()
                        .getStatus();
            };
            replies.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> reply : replies) {
            statuses.add(reply.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.sql("select count(*) from survey_response where idempotency_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get(SUMMARY, "51.71").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.responses").value(1))
                .andExpect(jsonPath("$.questions[0].no").value(50))
                .andExpect(jsonPath("$.questions[0].n").value(1))
                .andExpect(jsonPath("$.questions[0].mean").value(4));
        respond(mvc, YEAR, "51.71", key, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers[8]").value(2));
        respond(mvc, YEAR, "51.71", key, governance(1, 2, 1, 2, 1, 2, 1, 2, 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.key.reused"));
    }

    @Test
    void at_quota_the_next_response_is_refused_and_flagged_ones_stay_out_of_the_mean() throws Exception {
        String form = "/api/v1/public/surveys/" + YEAR + "/51.03";
        mvc.perform(get(form)).andExpect(jsonPath("$.dimensions[0].complete").value(false));
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(4, 4, 4, 4, 4, 4, 4, 4, 4))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.straightLined").value(true));
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(4, 3, 3, 3, 3, 3, 3, 3, 3))
                .andExpect(status().isCreated());
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(2, 3, 3, 3, 3, 3, 3, 3, 3))
                .andExpect(status().isCreated());
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(3, 2, 2, 2, 2, 2, 2, 2, 2))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.straightLined").value(false));
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(1, 2, 3, 4, 1, 2, 3, 4, 1))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("survey.quotaReached"))
                .andExpect(jsonPath("$.dimension").value("GOVERNANCE"));

        // question 50 counted: 4, 2, 3 → mean 3, s = 1, half = 4.302653 · 1 / √3 = 2.484138 → [1, 4] on the scale
        mvc.perform(get(SUMMARY, "51.03").with(admin()))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.responses").value(3))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.quota").value(3))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.complete").value(true))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.straightLined").value(1))
                .andExpect(jsonPath("$.dimensions.BRANDING.responses").value(0))
                .andExpect(jsonPath("$.questions[0].mean").value(3))
                .andExpect(jsonPath("$.questions[0].n").value(3))
                .andExpect(jsonPath("$.questions[0].ci95Low").value(1))
                .andExpect(jsonPath("$.questions[0].ci95High").value(4))
                // question 51: 3, 3, 2 → mean 2.67 (the straight-lined 4 is left out)
                .andExpect(jsonPath("$.questions[1].mean").value(2.67));
        // the summary moved the tallies, and the form shows it at once (not a second later)
        mvc.perform(get(form))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions[0].code").value("GOVERNANCE"))
                .andExpect(jsonPath("$.dimensions[0].complete").value(true))
                .andExpect(jsonPath("$.dimensions[1].complete").value(false))
                .andExpect(jsonPath("$.dimensions.length()").value(6))
                .andExpect(jsonPath("$.dimensions[5].questions.length()").value(9));
    }

    @Test
    void a_region_has_a_survey_from_when_it_takes_part_until_it_is_removed() throws Exception {
        String form = "/api/v1/public/surveys/" + YEAR + "/35.78?dimension=GOVERNANCE";
        mvc.perform(get(form))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("survey.notParticipant"));

        String participant = "/api/v1/periods/" + YEAR + "/participants/35.78";
        mvc.perform(put(participant)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"track\":\"REGULER\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(form))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formToken").isNotEmpty());
        mvc.perform(put("/api/v1/periods/" + YEAR + "/regions/35.78/survey-state")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"open\":false,\"reason\":\"Uji\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(form)).andExpect(jsonPath("$.open").value(false));

        mvc.perform(delete(participant).with(admin())).andExpect(status().is2xxSuccessful());
        mvc.perform(get(form))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("survey.notParticipant"));
        // taking part again starts a new survey: the closure went with the participant
        mvc.perform(put(participant)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"track\":\"REGULER\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(form)).andExpect(jsonPath("$.open").value(true));
    }

    @Test
    void bad_answers_are_named_and_nothing_is_stored() throws Exception {
        UUID key = UUID.randomUUID();
        respond(mvc, YEAR, "12.01", key, "{\"dimension\":\"GOVERNANCE\",\"answers\":{\"50\":5,\"51\":3}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.50").value("survey.answer.range"))
                .andExpect(jsonPath("$.errors.52").value("survey.answer.missing"));
        respond(mvc, YEAR, "12.01", key, "{\"dimension\":\"WEATHER\",\"answers\":{}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("dimension"));
        respond(mvc, YEAR, "35.07", key, governance(1, 2, 3, 4, 1, 2, 3, 4, 1)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/public/surveys/" + YEAR + "/12.01/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(governance(1, 2, 3, 4, 1, 2, 3, 4, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.key.missing"));
        respond(mvc, YEAR, "12.01", key, governance(1, 2, 3, 4, 1, 2, 3, 4, 1).replace("}}", "},\"website\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.honeypot"));
        assertThat(jdbc.sql("select count(*) from survey_response where year = " + YEAR + " and region_code = '12.01'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void without_a_form_token_nothing_is_stored() throws Exception {
        respondWithToken(mvc, YEAR, "32.73", UUID.randomUUID(), null, living())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("survey.formToken.missing"));
        respondWithToken(mvc, YEAR, "32.73", UUID.randomUUID(), "1.forged", living())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.formToken.invalid"));
        assertThat(stored("32.73", "LIVING")).isZero();
    }

    @Test
    void a_form_token_is_used_once() throws Exception {
        String token = SurveyFixture.token(YEAR, "32.73");
        respondWithToken(mvc, YEAR, "32.73", UUID.randomUUID(), token, environment(3))
                .andExpect(status().isCreated());
        respondWithToken(mvc, YEAR, "32.73", UUID.randomUUID(), token, environment(2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.formToken.used"));
        assertThat(stored("32.73", "ENVIRONMENT")).isEqualTo(1);
    }

    @Test
    void a_token_too_young_expired_or_for_another_form_is_refused(@Autowired FormTokens tokens) throws Exception {
        // fetched and sent at once: sooner than anybody reads nine statements
        String fresh = JsonPath.read(
                mvc.perform(get("/api/v1/public/surveys/" + YEAR + "/32.73"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.formToken");
        respondWithToken(mvc, YEAR, "32.73", UUID.randomUUID(), fresh, living())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.formToken.tooYoung"));
        Instant now = Instant.now();
        respondWithToken(
                        mvc,
                        YEAR,
                        "32.73",
                        UUID.randomUUID(),
                        tokens.issue(YEAR, "32.73", null, now.minus(Duration.ofHours(7))),
                        living())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.formToken.expired"));
        respondWithToken(mvc, YEAR, "32.73", UUID.randomUUID(), SurveyFixture.token(YEAR, "12.01"), living())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.formToken.otherForm"));
        respondWithToken(
                        mvc,
                        YEAR,
                        "32.73",
                        UUID.randomUUID(),
                        tokens.issue(YEAR, "32.73", "GOVERNANCE", now.minusSeconds(60)),
                        living())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.formToken.otherForm"));
        assertThat(stored("32.73", "LIVING")).isZero();
        respondWithToken(
                        mvc,
                        YEAR,
                        "32.73",
                        UUID.randomUUID(),
                        tokens.issue(YEAR, "32.73", "LIVING", now.minusSeconds(60)),
                        living())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tooFast").value(false));
        jdbc.sql("delete from survey_response where year = ? and region_code = '32.73' and dimension = 'LIVING'")
                .param(YEAR)
                .update();
    }

    @Test
    void an_oversized_body_is_refused_before_it_is_parsed() throws Exception {
        String padding = "x".repeat(20_000);
        respondRaw(mvc, YEAR, "32.73", UUID.randomUUID(), "{\"comment\":\"" + padding + "\",\"dimension\":")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.tooLarge"));
    }

    private int stored(String region, String dimension) {
        return jdbc.sql("select count(*) from survey_response where year = ? and region_code = ? and dimension = ?")
                .params(YEAR, region, dimension)
                .query(Integer.class)
                .single();
    }

    private static String living() {
        return "{\"dimension\":\"LIVING\",\"answers\":{"
                + "\"77\":3,\"78\":2,\"79\":3,\"80\":4,\"81\":1,\"82\":2,\"83\":3,\"84\":4,\"85\":3}}";
    }

    private static String environment(int first) {
        StringBuilder json = new StringBuilder("{\"dimension\":\"ENVIRONMENT\",\"answers\":{");
        for (int no = 95; no <= 103; no++) {
            json.append(no == 95 ? "" : ",")
                    .append('"')
                    .append(no)
                    .append("\":")
                    .append(no == 95 ? first : 1 + no % 4);
        }
        return json.append("}}").toString();
    }

    @Test
    void a_closed_survey_takes_no_responses_until_reopened() throws Exception {
        String form = "/api/v1/public/surveys/" + YEAR + "/32.73";
        mvc.perform(get(form)).andExpect(jsonPath("$.open").value(true));
        mvc.perform(put("/api/v1/periods/" + YEAR + "/regions/32.73/survey-state")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"open\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.closeEarly.reason"));
        mvc.perform(put("/api/v1/periods/" + YEAR + "/regions/32.73/survey-state")
                        .with(httpBasic("op-srv-3273", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"open\":false,\"reason\":\"cukup\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("survey.closeEarly.adminOnly"));
        mvc.perform(put("/api/v1/periods/" + YEAR + "/regions/32.73/survey-state")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"open\":false,\"reason\":\"Banjir: loket survei tutup\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(false));
        respond(
                        mvc,
                        YEAR,
                        "32.73",
                        UUID.randomUUID(),
                        "{\"dimension\":\"SOCIETY\",\"answers\":{"
                                + "\"86\":3,\"87\":2,\"88\":3,\"89\":4,\"90\":1,\"91\":2,\"92\":3,\"93\":4,\"94\":3}}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.closed"));
        mvc.perform(get(form)).andExpect(jsonPath("$.open").value(false));
        mvc.perform(put("/api/v1/periods/" + YEAR + "/regions/32.73/survey-state")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"open\":true}"))
                .andExpect(jsonPath("$.open").value(true));
        mvc.perform(get(form)).andExpect(jsonPath("$.open").value(true));
        respond(
                        mvc,
                        YEAR,
                        "32.73",
                        UUID.randomUUID(),
                        "{\"dimension\":\"SOCIETY\",\"answers\":{"
                                + "\"86\":3,\"87\":2,\"88\":3,\"89\":4,\"90\":1,\"91\":2,\"92\":3,\"93\":4,\"94\":3}}")
                .andExpect(status().isCreated());
    }

    @Test
    void the_national_survey_and_its_settings_are_for_administrators_only() throws Exception {
        mvc.perform(get("/api/v1/periods/" + YEAR + "/survey-summary"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/periods/" + YEAR + "/survey-summary").with(httpBasic("op-srv-5103", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/periods/" + YEAR + "/survey-settings")
                        .with(httpBasic("op-srv-5103", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quota\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/periods/" + YEAR + "/survey-links.csv").with(httpBasic("op-srv-5103", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/periods/" + YEAR + "/survey-summary").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions.length()").value(4))
                .andExpect(jsonPath("$.dimensions.length()").value(6));
        mvc.perform(put("/api/v1/periods/" + YEAR + "/survey-statements/50")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"textId\":\"Diubah setelah dibuka\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.statementsFrozen"));
    }

    @Test
    void the_database_itself_stores_no_response_outside_the_survey_stages() {
        // the stage is checked inside survey_submit, under the lock finalization takes: a response that passed
        // the application's check just before finalization cannot commit after the results were computed
        String outcome = jdbc.sql(
                        "select outcome from survey_submit(?, 2024, '51.03', 'GOVERNANCE',"
                                + " '{1,2,3,4,1,2,3,4,1}'::smallint[], null, null, false, false, 50, 'n-stage', 'ONLINE', null)")
                .param(UUID.randomUUID())
                .query(String.class)
                .single();
        assertThat(outcome).isEqualTo("PERIOD_CLOSED");
    }

    @Test
    void a_period_not_yet_open_takes_no_responses() throws Exception {
        respond(mvc, 2024, "51.03", UUID.randomUUID(), governance(1, 2, 3, 4, 1, 2, 3, 4, 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.periodNotOpen"));
    }
}
