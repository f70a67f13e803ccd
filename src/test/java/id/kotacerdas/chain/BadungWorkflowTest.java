package id.kotacerdas.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestData;
import id.kotacerdas.support.TestYears;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole stage II chain through the API, with Kab. Badung's 2024 question scores: the ministry
 * opens the period and creates the accounts, the operator answers all 115 questions with evidence and
 * submits, five assessors score blind (integers whose means are Badung's question scores) and the
 * result equals Badung's published dimension scores and final 3.08.
 */
@IntegrationTest
class BadungWorkflowTest {

    private static final int YEAR = TestYears.BADUNG_WORKFLOW;
    private static final String BADUNG = "/api/v1/periods/" + YEAR + "/regions/51.03";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final String FIRST_PASSWORD = "Pertama-dari-admin-Badung-2025";
    private static final List<String> PANEL = List.of("asr-b1", "asr-b2", "asr-b3", "asr-b4", "asr-b5");

    @Autowired
    MockMvc mvc;

    @Test
    void badung_scored_by_five_assessors_gets_its_published_2024_result() throws Exception {
        Map<Integer, BigDecimal> badung = badungScores();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        asAdmin(post("/api/v1/periods"), "{\"year\":" + YEAR + ",\"copyInstrumentFrom\":2024}")
                .andExpect(status().isCreated());
        asAdmin(put("/api/v1/periods/" + YEAR + "/participants/51.03"), "{\"track\":\"REGULER\"}")
                .andExpect(status().isOk());
        asAdmin(patch("/api/v1/periods/" + YEAR), """
                        {"selfAssessmentOpens":"%s","selfAssessmentDeadline":"%s"}""".formatted(today.minusDays(1), today.plusDays(14)))
                .andExpect(status().isOk());
        asAdmin(post("/api/v1/periods/" + YEAR + "/transitions"), "{\"to\":\"SELF_ASSESSMENT\"}")
                .andExpect(status().isOk());
        createAccount("op-b-5103", "OPERATOR", "\"51.03\"", "null");
        for (String assessor : PANEL) {
            createAccount(assessor, "ASSESSOR", "null", "\"Universitas Udayana\"");
        }

        for (Map.Entry<Integer, BigDecimal> q : badung.entrySet()) {
            int level = q.getValue().setScale(0, RoundingMode.HALF_UP).intValue();
            json(
                            put(BADUNG + "/answers/" + q.getKey()),
                            "{\"level\":%d,\"justification\":\"Dokumen terlampir\"}".formatted(level),
                            operator())
                    .andExpect(status().isOk());
        }
        mvc.perform(multipart(BADUNG + "/evidence")
                        .file(new MockMultipartFile("file", "perbup-masterplan.pdf", "application/pdf", pdf()))
                        .param("questionNo", "1")
                        .with(httpBasic("op-b-5103", PASSWORD)))
                .andExpect(status().isCreated());
        mvc.perform(post(BADUNG + "/submission").with(httpBasic("op-b-5103", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(true))
                .andExpect(jsonPath("$.answered").value(115));

        asAdmin(post("/api/v1/periods/" + YEAR + "/transitions"), "{\"to\":\"ASSESSMENT\"}")
                .andExpect(status().isOk());
        asAdmin(put(BADUNG + "/assessors"), "[\"asr-b1\",\"asr-b2\",\"asr-b3\",\"asr-b4\",\"asr-b5\"]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5));

        for (Map.Entry<String, String> finding : PublicationFilesChecks.FINDINGS.entrySet()) {
            String[] kindAndText = finding.getValue().split(":", 2);
            json(
                            post(BADUNG + "/findings"),
                            "{\"kind\":\"%s\",\"text\":\"%s\"}".formatted(kindAndText[0], kindAndText[1]),
                            user(finding.getKey()).roles("ASSESSOR"))
                    .andExpect(status().isCreated());
        }
        for (Map.Entry<Integer, BigDecimal> q : badung.entrySet()) {
            List<Integer> scores = fiveScoresWithMean(q.getValue());
            for (int i = 0; i < PANEL.size(); i++) {
                json(put(BADUNG + "/scores/" + q.getKey()), "{\"score\":%d}".formatted(scores.get(i)), assessor(i))
                        .andExpect(status().isOk());
            }
        }
        mvc.perform(get(BADUNG + "/scores").with(httpBasic("asr-b2", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scores.length()").value(115))
                .andExpect(jsonPath("$.scores[*].assessor", Matchers.everyItem(Matchers.is("asr-b2"))));
        mvc.perform(get(BADUNG + "/result").with(httpBasic("asr-b2", PASSWORD))).andExpect(status().isForbidden());
        for (int i = 0; i < PANEL.size(); i++) {
            mvc.perform(post(BADUNG + "/scores/submission").with(assessor(i))).andExpect(status().isOk());
        }
        mvc.perform(get(BADUNG + "/scores").with(httpBasic("asr-b2", PASSWORD)))
                .andExpect(jsonPath("$.scores.length()").value(575))
                .andExpect(jsonPath("$.reconciliation.length()").value(0));

        mvc.perform(get(BADUNG + "/result").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.track").value("REGULER"))
                .andExpect(jsonPath("$.dimensions.BASELINE").value(3.56))
                .andExpect(jsonPath("$.dimensions.OUTPUT").value(2.73))
                .andExpect(jsonPath("$.dimensions.OUTCOME").value(3.27))
                .andExpect(jsonPath("$.dimensions.IMPACT").value(3.18))
                .andExpect(jsonPath("$.dimensions.QUICK_WIN").value(2.8))
                .andExpect(jsonPath("$.final").value(3.08))
                .andExpect(jsonPath("$.questions[2].no").value(3))
                .andExpect(jsonPath("$.questions[2].score").value(3.6))
                .andExpect(jsonPath("$.questions[2].assessorScores", Matchers.contains(4, 4, 4, 3, 3)));

        mvc.perform(get("/api/v1/periods/" + YEAR + "/tracking")
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].regionCode").value("51.03"))
                .andExpect(jsonPath("$[0].answered").value(115))
                .andExpect(jsonPath("$[0].submitted").value(true))
                .andExpect(jsonPath("$[0].assessors").value(5))
                .andExpect(jsonPath("$[0].assessorsDone").value(5))
                .andExpect(jsonPath("$[0].reconciliationOpen").value(0));
        mvc.perform(get("/api/v1/periods/" + YEAR + "/tracking").with(operator()))
                .andExpect(status().isForbidden());

        finalizeAndPublish();
    }

    /** Finalizing computes and freezes the results; they become public when published. */
    private void finalizeAndPublish() throws Exception {
        asAdmin(post("/api/v1/periods/" + YEAR + "/transitions"), "{\"to\":\"FINALIZED\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/periods/" + YEAR + "/national-results")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/periods/" + YEAR + "/national-results")
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].regionCode").value("51.03"))
                .andExpect(jsonPath("$[0].final").value(3.08));
        json(put(BADUNG + "/scores/1"), "{\"score\":1,\"reason\":\"terlambat\"}", assessor(0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("scoring.notOpen"));
        json(put(BADUNG + "/answers/1"), "{\"level\":1}", operator()).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/periods/" + YEAR + "/national-results")
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD))
                        .contentType("text/tab-separated-values")
                        .content(TestData.bytes(TestData.NATIONAL_2024_PART_A)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("import.assessedPeriod"));
        PublicationFilesChecks.onlyDraftsForAdministrators(mvc, YEAR);

        asAdmin(post("/api/v1/periods/" + YEAR + "/transitions"), "{\"to\":\"PUBLISHED\"}")
                .andExpect(status().isOk());
        PublicationFilesChecks.publicWithBadungsFigures(mvc, YEAR);
        mvc.perform(get("/api/v1/periods/" + YEAR + "/national-results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].regionName").value("Kabupaten Badung"))
                .andExpect(jsonPath("$[0].scores.BASELINE").value(3.56))
                .andExpect(jsonPath("$[0].scores.QUICK_WIN").value(2.8))
                .andExpect(jsonPath("$[0].final").value(3.08))
                .andExpect(jsonPath("$[0].rank").value(1));
        mvc.perform(get("/api/v1/periods/" + YEAR + "/national-results/non-participants"))
                .andExpect(jsonPath("$.length()").value(0));

        correctAfterPublication();
    }

    /** A published result changes only by a correction: a new revision with a reason, in the history. */
    private void correctAfterPublication() throws Exception {
        asAdmin(post(BADUNG + "/corrections"), "{\"scores\":{\"OUTPUT\":2.93}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        asAdmin(post(BADUNG + "/corrections"), """
                        {"scores":{"OUTPUT":2.93},"reason":"Bukti anggaran APBD 2024 terlewat saat verifikasi"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.finalScore").value(3.12));
        mvc.perform(get(BADUNG + "/result/history").with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].finalScore").value(3.08))
                .andExpect(jsonPath("$[0].reason").value("computed at finalization"))
                .andExpect(jsonPath("$[1].scores.OUTPUT").value(2.93));
        mvc.perform(get("/api/v1/periods/" + YEAR + "/national-results"))
                .andExpect(jsonPath("$[0].final").value(3.12))
                .andExpect(jsonPath("$[0].scores.OUTPUT").value(2.93));
    }

    @Test
    void a_spread_of_two_goes_to_reconciliation_and_a_revision_needs_a_reason() throws Exception {
        // runs on its own period so that the Badung scenario above stays untouched
        int year = TestYears.BADUNG_WORKFLOW_RECONCILIATION;
        String region = "/api/v1/periods/" + year + "/regions/51.03";
        asAdmin(post("/api/v1/periods"), "{\"year\":" + year + ",\"copyInstrumentFrom\":2024}")
                .andExpect(status().isCreated());
        asAdmin(put("/api/v1/periods/" + year + "/participants/51.03"), "{\"track\":\"REGULER\"}");
        asAdmin(post("/api/v1/periods/" + year + "/transitions"), "{\"to\":\"SELF_ASSESSMENT\"}");
        asAdmin(post("/api/v1/periods/" + year + "/transitions"), "{\"to\":\"ASSESSMENT\"}")
                .andExpect(status().isOk());
        createAccount("asr-r1", "ASSESSOR", "null", "\"ITS\"");
        createAccount("asr-r2", "ASSESSOR", "null", "\"UGM\"");
        asAdmin(put(region + "/assessors"), "[\"asr-r1\",\"asr-r2\"]").andExpect(status().isOk());
        for (int no = 1; no <= 115; no++) {
            json(put(region + "/scores/" + no), "{\"score\":2}", user("asr-r1").roles("ASSESSOR"));
            json(
                    put(region + "/scores/" + no),
                    "{\"score\":" + (no == 7 ? 4 : 2) + "}",
                    user("asr-r2").roles("ASSESSOR"));
        }
        mvc.perform(post(region + "/scores/submission").with(user("asr-r1").roles("ASSESSOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reconciliation", Matchers.contains(7)));

        json(
                        put(region + "/scores/8"),
                        "{\"score\":3,\"version\":0,\"reason\":\"x\"}",
                        user("asr-r1").roles("ASSESSOR"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("score.stale"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        json(put(region + "/scores/7"), "{\"score\":3}", user("asr-r1").roles("ASSESSOR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        json(
                        put(region + "/scores/7"),
                        "{\"score\":3,\"reason\":\"Bukti SK tim ditemukan saat wawancara\"}",
                        user("asr-r1").roles("ASSESSOR"))
                .andExpect(status().isOk());
        mvc.perform(get(region + "/scores").with(user("asr-r1").roles("ASSESSOR")))
                .andExpect(jsonPath("$.reconciliation.length()").value(0));
        mvc.perform(get("/api/v1/audit")
                        .param("region", "51.03")
                        .param("year", String.valueOf(year))
                        .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD)))
                .andExpect(jsonPath("$[0].action").value("SCORE_REVISED"))
                .andExpect(jsonPath("$[0].oldValue").value("2"))
                .andExpect(jsonPath("$[0].newValue").value("3"));
    }

    /** Five integer scores 1-4 whose mean is the given multiple of 0.2, highest first. */
    static List<Integer> fiveScoresWithMean(BigDecimal mean) {
        int total = mean.multiply(BigDecimal.valueOf(5)).intValueExact();
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scores.add(total / 5 + (i < total % 5 ? 1 : 0));
        }
        return scores;
    }

    private static Map<Integer, BigDecimal> badungScores() throws IOException {
        Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
        for (String[] cells : TestData.tsvRows(TestData.BADUNG_2024_QUESTION_SCORES)) {
            scores.put(Integer.parseInt(cells[0].trim()), new BigDecimal(cells[1].trim()));
        }
        assertThat(scores).hasSize(115);
        return scores;
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The administrator sets a first password; the account replaces it before anything else (issue 9). */
    private void createAccount(String username, String role, String region, String affiliation) throws Exception {
        asAdmin(post("/api/v1/users"), """
                        {"username":"%s","password":"%s","fullName":"Penilai %s","role":"%s",
                         "regionCode":%s,"affiliation":%s}""".formatted(username, FIRST_PASSWORD, username, role, region, affiliation))
                .andExpect(status().isCreated());
        json(
                        put("/api/v1/users/me/password"),
                        "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(FIRST_PASSWORD, PASSWORD),
                        httpBasic(username, FIRST_PASSWORD))
                .andExpect(status().isNoContent());
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request, String body) throws Exception {
        return json(request, body, httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD));
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String body, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(
                request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static RequestPostProcessor operator() {
        return user("op-b-5103").roles("OPERATOR");
    }

    private static RequestPostProcessor assessor(int i) {
        return user(PANEL.get(i)).roles("ASSESSOR");
    }
}
