package id.kotacerdas.survey;

import static id.kotacerdas.survey.SurveyFixture.admin;
import static id.kotacerdas.survey.SurveyFixture.governance;
import static id.kotacerdas.survey.SurveyFixture.respond;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Impact dimension takes a smart dimension's survey scores once it has met its quota, and the assessors'
 * before. One assessor scores every question 3; the quota is 2 responses. The final then carries a 95% interval from
 * the survey means' intervals (docs/method.md 10.4), through finalization to the published region page; the period's
 * rank ranges are refused to the public until then, as its table is.
 */
@IntegrationTest
class ImpactFromSurveyTest {

    private static final int YEAR = TestYears.IMPACT_FROM_SURVEY;
    private static final String RESULT = "/api/v1/periods/" + YEAR + "/regions/51.03/result";
    private static final String RANK_RANGES = "/api/v1/periods/" + YEAR + "/national-results/rank-ranges";
    private static final String OTHER_OPERATOR = "op-impact-karo";
    private static final String OTHER_OPERATOR_PASSWORD = "Danau-Toba-di-Samosir-1971!";

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
                .andExpect(jsonPath("$.finalInterval.status").value("NO_SURVEY"))
                .andExpect(jsonPath("$.finalInterval.low").doesNotExist())
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
                .andExpect(jsonPath("$.final").value(3.02))
                // two answers each: 4 and 4 give 4.00-4.00, 4 and 3 give 1.00-4.00 (cut to the scale); the five
                // questions at 3.5 reach 2.5 below and 0.5 above, each carried by 0.2 / 54: 12.5 × 0.2 / 54 = 0.0463
                // below, 2.5 × 0.2 / 54 = 0.0093 above, so 3.0241 − 0.0463 = 2.9778 → 2.98 to 3.0333 → 3.03
                .andExpect(jsonPath("$.questions[50].ci95Low").value(1))
                .andExpect(jsonPath("$.questions[50].ci95High").value(4))
                .andExpect(jsonPath("$.finalInterval.status").value("SURVEY"))
                .andExpect(jsonPath("$.finalInterval.low").value(2.98))
                .andExpect(jsonPath("$.finalInterval.high").value(3.03))
                .andExpect(jsonPath("$.finalInterval.surveyQuestions").value(9))
                .andExpect(jsonPath("$.finalInterval.smartDimensions[0].smartDimension")
                        .value("GOVERNANCE"));

        theRankRangesAreRefusedUntilTheResultsArePublished(move, accounts);
        theFinalsIntervalIsOnThePublishedRegionPage();
        aCorrectionOfImpactTakesTheIntervalAway();
    }

    private void theRankRangesAreRefusedUntilTheResultsArePublished(MovePeriod move, ManageAccounts accounts)
            throws Exception {
        move.transition(YEAR, "FINALIZED", "semua panel selesai", SurveyFixture.ADMIN);
        accounts.create(
                new NewAccount(OTHER_OPERATOR, OTHER_OPERATOR_PASSWORD, "Operator Karo", "OPERATOR", "12.06", null));

        mvc.perform(get(RANK_RANGES))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("results.notPublished"));
        mvc.perform(get(RANK_RANGES).with(httpBasic(OTHER_OPERATOR, OTHER_OPERATOR_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("results.notPublished"));
        mvc.perform(get(RANK_RANGES).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions[0].regionCode").value("51.03"))
                .andExpect(jsonPath("$.regions[0].rank").value(1))
                .andExpect(jsonPath("$.regions[0].rankLow").value(1))
                .andExpect(jsonPath("$.regions[0].rankHigh").value(1));
        mvc.perform(get("/hasil/{y}/51.03", YEAR).with(user(SurveyFixture.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Selang 95%: 2,98\u20133,03")));

        move.transition(YEAR, "PUBLISHED", "diumumkan", SurveyFixture.ADMIN);

        mvc.perform(get(RANK_RANGES)).andExpect(status().isOk());
        mvc.perform(get(RANK_RANGES).with(httpBasic(OTHER_OPERATOR, OTHER_OPERATOR_PASSWORD)))
                .andExpect(status().isOk());
    }

    /** A correction elsewhere moves the interval with the final; one of Impact leaves the survey's interval behind. */
    private void aCorrectionOfImpactTakesTheIntervalAway() throws Exception {
        correct("{\"scores\":{\"OUTPUT\":3.5},\"reason\":\"salah ketik\"}");
        // 3.0241 + 0.2 × 0.5 = 3.1241 → 3.12, from 3.0778 → 3.08 to 3.1333 → 3.13
        mvc.perform(get("/api/v1/periods/{y}/national-results/51.03", YEAR))
                .andExpect(jsonPath("$.finalInterval.status").value("SURVEY"))
                .andExpect(jsonPath("$.finalInterval.final").value(3.12))
                .andExpect(jsonPath("$.finalInterval.low").value(3.08))
                .andExpect(jsonPath("$.finalInterval.high").value(3.13));

        correct("{\"scores\":{\"IMPACT\":3.2},\"reason\":\"survei diulang\"}");
        mvc.perform(get("/api/v1/periods/{y}/national-results/51.03", YEAR))
                .andExpect(jsonPath("$.finalInterval.status").value("CORRECTED"))
                .andExpect(jsonPath("$.finalInterval.low").doesNotExist());
        mvc.perform(get("/hasil/{y}/51.03", YEAR))
                .andExpect(content()
                        .string(containsString("Nilai final ini tidak memiliki selang 95%: dimensi yang"
                                + " memuat pertanyaan survei dikoreksi setelah dihitung.")));
    }

    private void correct(String body) throws Exception {
        mvc.perform(post("/api/v1/periods/{y}/regions/51.03/corrections", YEAR)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    /** The stored final (from the stored dimension scores) with the same interval as the live result. */
    private void theFinalsIntervalIsOnThePublishedRegionPage() throws Exception {
        mvc.perform(get("/api/v1/periods/{y}/national-results/51.03", YEAR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finalInterval.status").value("SURVEY"))
                .andExpect(jsonPath("$.finalInterval.final").value(3.02))
                .andExpect(jsonPath("$.finalInterval.low").value(2.98))
                .andExpect(jsonPath("$.finalInterval.high").value(3.03));
        mvc.perform(get("/hasil/{y}/51.03", YEAR).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("95% interval: 2.98\u20133.03")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "95% interval of the final: 2.98 to 3.03, from the 95%"
                                                        + " intervals of the citizen survey&#39;s means on 9 Impact questions (1 smart dimensions)")))
                .andExpect(content().string(containsString("0.0463 below, 0.0093 above")));
    }
}
