package id.kotacerdas.survey;

import static id.kotacerdas.survey.SurveyFixture.admin;
import static id.kotacerdas.survey.SurveyFixture.governance;
import static id.kotacerdas.survey.SurveyFixture.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Responses entered from paper by a region's enumerator, the ministry's integrity view, and quarantine: set-aside
 * responses leave the tallies and the quota, and come back when released. Operators see no live means.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyIntegrityTest {

    private static final int YEAR = TestYears.SURVEY_INTEGRITY;
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final String REGION = "/api/v1/periods/" + YEAR + "/regions/{c}";

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
        SurveyFixture.openSurvey(YEAR, 2, periods, participants, manage, move, tokens, "51.03", "51.71");
        accounts.create(new NewAccount("enum-int-5103", PASSWORD, "Putu Petugas", "ENUMERATOR", "51.03", null));
        accounts.create(new NewAccount("op-int-5103", PASSWORD, "Gede Operator", "OPERATOR", "51.03", null));
    }

    @Test
    void an_enumerator_enters_paper_responses_of_their_own_region_only() throws Exception {
        enter("enum-int-5103", "51.71", "PAPER", governance(2, 3, 2, 3, 2, 3, 2, 3, 2))
                .andExpect(status().isForbidden());
        enter("enum-int-5103", "51.03", "FAX", governance(2, 3, 2, 3, 2, 3, 2, 3, 2))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.source.invalid"));
        enter("enum-int-5103", "51.03", "COUNTER", "{\"dimension\":\"BRANDING\",\"answers\":{}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.answers.invalid"));
        // an enumerator sees nothing else of the region
        mvc.perform(get(REGION + "/survey-summary", "51.03").with(httpBasic("enum-int-5103", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from survey_response where year = ? and region_code = '51.71'")
                        .param(YEAR)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void quarantined_responses_leave_the_tallies_and_the_quota_and_come_back_when_released() throws Exception {
        enter("enum-int-5103", "51.03", "PAPER", governance(1, 1, 2, 1, 1, 1, 1, 1, 1))
                .andExpect(status().isCreated());
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(4, 3, 4, 3, 4, 3, 4, 3, 4))
                .andExpect(status().isCreated());
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(4, 4, 3, 4, 4, 4, 4, 4, 4))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.quotaReached"));
        mvc.perform(get(REGION + "/survey-summary", "51.03").with(admin()))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.responses").value(2))
                .andExpect(jsonPath("$.questions[0].mean").value(2.5));
        // the region's operator follows the progress but not the means until the results are published
        mvc.perform(get(REGION + "/survey-summary", "51.03").with(httpBasic("op-int-5103", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.responses").value(2))
                .andExpect(jsonPath("$.questions[0].n").value(2))
                .andExpect(jsonPath("$.questions[0].mean").isEmpty())
                .andExpect(jsonPath("$.questions[0].counts").isEmpty());

        mvc.perform(get(REGION + "/survey-integrity", "51.03").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bySource.PAPER").value(1))
                .andExpect(jsonPath("$.bySource.ONLINE").value(1))
                .andExpect(jsonPath("$.groups[0].responses").value(1))
                .andExpect(jsonPath("$.groups[0].addressGroup").value(org.hamcrest.Matchers.not("v4:127.0.0.1")));
        mvc.perform(get("/api/v1/periods/" + YEAR + "/survey-integrity").with(admin()))
                .andExpect(jsonPath("$[0].regionCode").value("51.03"))
                .andExpect(jsonPath("$[0].paper").value(1));
        assertThat(jdbc.sql("select count(*) from survey_response where address_group like '%127.0.0.1%'")
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(post(REGION + "/survey-quarantines", "51.03")
                        .with(httpBasic("op-int-5103", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\",\"source\":\"PAPER\"}"))
                .andExpect(status().isForbidden());
        String decision = mvc.perform(post(REGION + "/survey-quarantines", "51.03")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Formulir kertas tanpa stempel\",\"source\":\"PAPER\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.responses").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(REGION + "/survey-summary", "51.03").with(admin()))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.responses").value(1))
                .andExpect(jsonPath("$.questions[0].mean").value(4));
        // the quota counts only counted responses: there is room again
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(3, 3, 4, 3, 3, 3, 3, 3, 3))
                .andExpect(status().isCreated());
        mvc.perform(get(REGION + "/survey-summary", "51.03").with(admin()))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.responses").value(2))
                .andExpect(jsonPath("$.questions[0].mean").value(3.5));

        long id = ((Number) JsonPath.read(decision, "$.id")).longValue();
        mvc.perform(post(REGION + "/survey-quarantines/{id}/release", "51.03", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Stempel ditemukan\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(REGION + "/survey-summary", "51.03").with(admin()))
                .andExpect(jsonPath("$.dimensions.GOVERNANCE.responses").value(3))
                .andExpect(jsonPath("$.questions[0].mean").value(2.67));
        mvc.perform(get(REGION + "/survey-quarantines", "51.03").with(admin()))
                .andExpect(jsonPath("$[0].releasedBy").value(SurveyFixture.ADMIN))
                .andExpect(jsonPath("$[0].responses").value(1));
        assertThat(jdbc.sql("select count(*) from audit_event where year = ? and action in"
                                + " ('SURVEY_RESPONSE_ENTERED', 'SURVEY_RESPONSES_QUARANTINED',"
                                + " 'SURVEY_QUARANTINE_RELEASED')")
                        .param(YEAR)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    private ResultActions enter(String user, String region, String source, String body) throws Exception {
        return mvc.perform(post(REGION + "/survey-responses", region)
                .with(httpBasic(user, PASSWORD))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\":\"" + source + "\"," + body.substring(1)));
    }
}
