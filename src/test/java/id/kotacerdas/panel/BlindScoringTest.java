package id.kotacerdas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.assessment.WriteFindings;
import id.kotacerdas.audit.AuditEntry;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Blind scoring cannot be beaten by submit, look, revise: after submitting, only questions in the
 * reconciliation queue change; anything else needs an administrator to reopen the submission (with a reason,
 * audited), after which the assessor is blind again until they submit. Findings are blind like the scores.
 * The region's operator learns nothing of its panel (names, findings, who attended the interview) before
 * the period is PUBLISHED.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlindScoringTest {

    private static final int YEAR = TestYears.BLIND_SCORING;
    private static final String API = "/api/v1/periods/" + YEAR + "/regions/";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final int QUESTIONS = 115;

    @Autowired
    MockMvc mvc;

    @Autowired
    ScoreQuestions scoring;

    @Autowired
    WriteFindings findings;

    @Autowired
    AuditTrail audit;

    @BeforeAll
    void a_period_in_assessment_with_three_panels(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels) {
        periods.create(YEAR, 2024, "test");
        for (String region : List.of("51.03", "51.71", "51.02")) {
            participants.set(YEAR, region, "REGULER", "test");
        }
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        for (String assessor : List.of("asr-bl1", "asr-bl2", "asr-bl3", "asr-bl4", "asr-bl5", "asr-bl6")) {
            accounts.create(new NewAccount(assessor, PASSWORD, "Nyoman " + assessor, "ASSESSOR", null, "Unud"));
        }
        accounts.create(new NewAccount("op-bl-5102", PASSWORD, "Putu Operator", "OPERATOR", "51.02", null));
        panels.assign(YEAR, "51.03", List.of("asr-bl1", "asr-bl2"), TestActors.admin());
        panels.assign(YEAR, "51.71", List.of("asr-bl3", "asr-bl4"), TestActors.admin());
        panels.assign(YEAR, "51.02", List.of("asr-bl5", "asr-bl6"), TestActors.admin());
    }

    @Test
    void an_assessor_cannot_revise_a_question_outside_the_reconciliation_queue() throws Exception {
        scoreAll("51.03", "asr-bl1", 3, 0);
        scoreAll("51.03", "asr-bl2", 3, 1); // question 7 spreads 3 and 1: reconciliation
        mvc.perform(post(API + "51.03/scores/submission").with(assessor("asr-bl1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reconciliation", Matchers.contains(7)));

        json(put(API + "51.03/scores/8"), "{\"score\":1,\"reason\":\"Saya lihat skor rekan\"}", assessor("asr-bl1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("score.revision.notQueued"));
        json(put(API + "51.03/scores/7"), "{\"score\":2,\"reason\":\"Bukti SK dibahas bersama\"}", assessor("asr-bl1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(2));
        mvc.perform(get(API + "51.03/scores").with(assessor("asr-bl1")))
                .andExpect(jsonPath("$.scores[?(@.no == 8 && @.assessor == 'asr-bl1')].score", Matchers.contains(3)));
        assertThat(actions("51.03", "asr-bl1")).containsOnlyOnce("SCORE_REVISED");
    }

    @Test
    void an_administrator_reopens_a_submission_with_a_reason_and_the_assessor_is_blind_again() throws Exception {
        scoreAll("51.71", "asr-bl3", 3, 0);
        scoreAll("51.71", "asr-bl4", 2, 0);
        String reopen = API + "51.71/assessors/asr-bl3/scores/reopen";
        json(post(reopen), "{\"reason\":\"Salah ketik\"}", admin())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("scores.reopen.notSubmitted"));
        mvc.perform(post(API + "51.71/scores/submission").with(assessor("asr-bl3")))
                .andExpect(status().isOk());
        mvc.perform(get(API + "51.71/scores").with(assessor("asr-bl3")))
                .andExpect(jsonPath("$.scores.length()").value(2 * QUESTIONS));

        json(post(reopen), "{\"reason\":\"x\"}", assessor("asr-bl3")).andExpect(status().isForbidden());
        json(post(reopen), "{\"reason\":\" \"}", admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("scores.reopen.reason"));
        json(post(API + "51.71/assessors/asr-bl5/scores/reopen"), "{\"reason\":\"x\"}", admin())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("panel.notMember"));

        // the administrator's panel page: a reopen control next to each submitted assessor
        String panelPage = "/admin/periode/" + YEAR + "/panel/51.71";
        String page = html(mvc.perform(get(panelPage).with(admin())).andExpect(status().isOk()));
        assertThat(page).contains("id=\"reopen-asr-bl3\"").doesNotContain("id=\"reopen-asr-bl4\"");
        String refused = html(mvc.perform(post(panelPage + "/buka-kembali")
                        .with(admin())
                        .with(csrf())
                        .param("assessor", "asr-bl3")
                        .param("reason", ""))
                .andExpect(status().isBadRequest()));
        assertThat(textOf(refused, "error-reopen-asr-bl3")).startsWith("Membuka kembali pengiriman skor memerlukan");
        mvc.perform(post(panelPage + "/buka-kembali")
                        .with(admin())
                        .with(csrf())
                        .param("assessor", "asr-bl3")
                        .param("reason", "Skor pertanyaan 12 salah ketik"))
                .andExpect(redirectedUrl(panelPage));

        // blind again: only their own scores, no reconciliation queue, a note with the reason
        mvc.perform(get(API + "51.71/scores").with(assessor("asr-bl3")))
                .andExpect(jsonPath("$.submitted.length()").value(0))
                .andExpect(jsonPath("$.scores.length()").value(QUESTIONS))
                .andExpect(jsonPath("$.scores[?(@.assessor == 'asr-bl4')]").isEmpty());
        String scoringPage =
                html(mvc.perform(get("/penilaian/" + YEAR + "/51.71").with(assessor("asr-bl3"))));
        assertThat(textOf(scoringPage, "reopened-note")).contains("admin").contains("Skor pertanyaan 12 salah ketik");
        assertThat(scoringPage).contains("id=\"blind-note\"").doesNotContain("id=\"others-12\"");

        // any score changes again without a reason, then the assessor submits again and sees the panel
        json(put(API + "51.71/scores/12"), "{\"score\":4}", assessor("asr-bl3")).andExpect(status().isOk());
        mvc.perform(post(API + "51.71/scores/submission").with(assessor("asr-bl3")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scores.length()").value(2 * QUESTIONS));
        AuditEntry reopened = audit.find("51.71", YEAR).stream()
                .filter(e -> e.action().equals("SCORES_REOPENED"))
                .findFirst()
                .orElseThrow();
        assertThat(reopened.actor()).isEqualTo("admin");
        assertThat(reopened.subject()).contains("asr-bl3").contains("Skor pertanyaan 12 salah ketik");
    }

    @Test
    void co_assessors_findings_stay_hidden_until_the_assessor_submits() throws Exception {
        findings.add(YEAR, "51.02", "KEKUATAN", "Temuan asr-bl5", TestActors.assessor("asr-bl5"));
        findings.add(YEAR, "51.02", "KELEMAHAN", "Temuan rahasia asr-bl6", TestActors.assessor("asr-bl6"));

        mvc.perform(get(API + "51.02/findings").with(assessor("asr-bl5")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].text").value("Temuan asr-bl5"));
        String page = html(mvc.perform(get("/penilaian/" + YEAR + "/51.02").with(assessor("asr-bl5"))));
        assertThat(page).contains("Temuan asr-bl5").doesNotContain("Temuan rahasia asr-bl6");

        scoreAll("51.02", "asr-bl5", 3, 0);
        scoring.submit(YEAR, "51.02", TestActors.assessor("asr-bl5"));
        mvc.perform(get(API + "51.02/findings").with(assessor("asr-bl5")))
                .andExpect(jsonPath("$[?(@.text == 'Temuan rahasia asr-bl6')]").isNotEmpty());
        assertThat(html(mvc.perform(get("/penilaian/" + YEAR + "/51.02").with(assessor("asr-bl5")))))
                .contains("Temuan rahasia asr-bl6");
    }

    @Test
    void the_regions_operator_sees_no_panel_names_findings_or_result_before_publication(
            @Autowired ScheduleInterviews interviews) throws Exception {
        findings.add(YEAR, "51.02", "REKOMENDASI", "Perbarui masterplan", TestActors.assessor("asr-bl6"));
        interviews.schedule(
                YEAR,
                "51.02",
                OffsetDateTime.of(YEAR, 11, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                "https://meet.example/tabanan",
                TestActors.admin());
        interviews.recordAttendance(YEAR, "51.02", true, List.of("asr-bl5", "asr-bl6"), TestActors.admin());
        RequestPostProcessor operator = user("op-bl-5102").roles("OPERATOR");

        mvc.perform(get(API + "51.02/assessors").with(operator))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("disclosure.notPublished"));
        mvc.perform(get(API + "51.02/findings").with(operator))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("disclosure.notPublished"));
        mvc.perform(get(API + "51.02/result/history").with(operator))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("disclosure.notPublished"));
        mvc.perform(get(API + "51.02/interview").with(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetingLink").value("https://meet.example/tabanan"))
                .andExpect(jsonPath("$.assessorsPresent.length()").value(0));
        mvc.perform(get(API + "51.02/interview").with(admin()))
                .andExpect(jsonPath("$.assessorsPresent.length()").value(2));
        mvc.perform(get(API + "51.02/assessors").with(admin()))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void a_national_table_cannot_be_imported_into_a_period_under_way() throws Exception {
        mvc.perform(post("/api/v1/periods/" + YEAR + "/national-results")
                        .with(admin())
                        .contentType("text/tab-separated-values")
                        .content("Nama Daerah\tJalur\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.evaluationUnderway"));
    }

    /** The assessor scores every question {@code score}, question 7 by {@code offset} less. */
    private void scoreAll(String region, String assessor, int score, int offset) {
        for (int no = 1; no <= QUESTIONS; no++) {
            scoring.score(
                    YEAR, region, no, no == 7 ? score - offset * 2 : score, "", null, TestActors.assessor(assessor));
        }
    }

    private List<String> actions(String region, String actor) {
        return audit.find(region, YEAR).stream()
                .filter(e -> e.actor().equals(actor))
                .map(AuditEntry::action)
                .toList();
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String body, RequestPostProcessor caller)
            throws Exception {
        return mvc.perform(
                request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static RequestPostProcessor assessor(String username) {
        return user(username).roles("ASSESSOR");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text inside the element with this id, tags removed; fails if there is no such element. */
    private static String textOf(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(html);
        if (!m.find()) {
            throw new AssertionError("no element with id " + id + " in the page");
        }
        return m.group(2).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
    }
}
