package id.kotacerdas.survey;

import static id.kotacerdas.survey.SurveyFixture.admin;
import static id.kotacerdas.survey.SurveyFixture.governance;
import static id.kotacerdas.survey.SurveyFixture.respond;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Impact dimension takes a smart dimension's survey scores once it has met its quota, and the assessors'
 * before. One assessor scores every question 3; the quota is 2 responses.
 */
@IntegrationTest
class ImpactFromSurveyTest {

    private static final int YEAR = TestYears.IMPACT_FROM_SURVEY;
    private static final String RESULT = "/api/v1/periods/" + YEAR + "/regions/51.03/result";

    @Autowired
    MockMvc mvc;

    @Test
    void impact_switches_to_survey_scores_when_the_quota_is_met(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageSurvey manage,
            @Autowired MovePeriod move,
            @Autowired FormTokens tokens,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels,
            @Autowired ScoreQuestions scores)
            throws Exception {
        SurveyFixture.openSurvey(YEAR, 2, periods, participants, manage, move, tokens, "51.03");
        move.transition(YEAR, "ASSESSMENT", null, SurveyFixture.ADMIN);
        accounts.create(
                new NewAccount("asr-impact", "Sawah-hijau-di-Tabanan-1983!", "Wayan Penilai", "ASSESSOR", null, "ITB"));
        panels.assign(YEAR, "51.03", List.of("asr-impact"), TestActors.admin());
        for (int no = 1; no <= 115; no++) {
            scores.score(YEAR, "51.03", no, 3, null, null, TestActors.assessor("asr-impact"));
        }
        scores.submit(YEAR, "51.03", TestActors.assessor("asr-impact")); // only submitted scores count

        // one response: below the quota of 2, so the assessors' 3 stays and GOVERNANCE is flagged short
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(4, 4, 4, 4, 4, 4, 4, 4, 3))
                .andExpect(status().isCreated());
        mvc.perform(get(RESULT).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.IMPACT").value(3))
                .andExpect(jsonPath("$.questions[49].no").value(50))
                .andExpect(jsonPath("$.questions[49].source").value("ASSESSORS"))
                .andExpect(jsonPath("$.surveyBelowQuota[0].dimension").value("GOVERNANCE"))
                .andExpect(jsonPath("$.surveyBelowQuota[0].responses").value(1))
                .andExpect(jsonPath("$.surveyBelowQuota[0].quota").value(2));

        // a second: GOVERNANCE meets its quota. Means 4, 3.5, 4, 3.5, 4, 3.5, 4, 3.5, 3.5 (sum 33.5);
        // the other 45 impact questions stay at 3: Impact = (33.5 + 135) / 54 = 3.1204 → 3.12
        respond(mvc, YEAR, "51.03", UUID.randomUUID(), governance(4, 3, 4, 3, 4, 3, 4, 3, 4))
                .andExpect(status().isCreated());
        mvc.perform(get(RESULT).with(admin()))
                .andExpect(jsonPath("$.dimensions.IMPACT").value(3.12))
                .andExpect(jsonPath("$.questions[49].source").value("SURVEY"))
                .andExpect(jsonPath("$.questions[49].score").value(4))
                .andExpect(jsonPath("$.questions[49].respondents").value(2))
                .andExpect(jsonPath("$.questions[50].score").value(3.5))
                .andExpect(jsonPath("$.questions[58].source").value("ASSESSORS"))
                .andExpect(jsonPath("$.surveyBelowQuota.length()").value(5))
                // final = 0.1·3 + 0.2·3 + 0.3·3 + 0.2·3.1204 + 0.2·3 = 3.0241 → 3.02
                .andExpect(jsonPath("$.final").value(3.02));
    }
}
