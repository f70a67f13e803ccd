package id.kotacerdas.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.analytics.domain.KrippendorffAlpha;
import id.kotacerdas.analytics.domain.Metric;
import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ReopenScoring;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.InstrumentView;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.scoring.domain.AssessedQuestion;
import id.kotacerdas.scoring.domain.QuestionScore;
import id.kotacerdas.scoring.domain.ScoringEngine;
import id.kotacerdas.scoring.domain.TrackWeights;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestAccounts;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import id.kotacerdas.survey.ManageSurvey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One period, three panels. Denpasar (51.71) is scored through the API by five assessors who mostly agree; Badung
 * (51.03) by four who agree and one ("asr-an-keras") who scores every question one point lower, with its Governance
 * survey at quota; Bangli (51.06) by two assessors who score each other's opposites. The agreement, its flag on the
 * tracking dashboard, the calibration and the what-if final are read through the API and the pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsPanelsTest {

    private static final int YEAR = TestYears.ANALYTICS_PANELS;
    private static final String API = "/api/v1/periods/" + YEAR;
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final int QUESTIONS = 115;
    private static final String SEVERE = "asr-an-keras";
    private static final List<String> FOUR = List.of("asr-an-1", "asr-an-2", "asr-an-3", "asr-an-4");
    private static final List<String> DENPASAR = List.of("asr-an-1", "asr-an-2", "asr-an-3", "asr-an-4", "asr-an-5");
    /** The one citizen response of Badung's Governance survey (questions 50-58), entered on paper. */
    private static final int[] GOVERNANCE = {4, 3, 4, 3, 4, 3, 4, 3, 2};

    @Autowired
    MockMvc mvc;

    @Autowired
    ScoreQuestions scoring;

    @Autowired
    InstrumentApi instruments;

    @BeforeAll
    void three_panels(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels,
            @Autowired ManageSurvey survey)
            throws Exception {
        periods.create(YEAR, 2024, "test");
        for (String region : List.of("51.03", "51.71", "51.06")) {
            participants.set(YEAR, region, "REGULER", "test");
        }
        survey.setQuota(YEAR, 1, TestActors.admin());
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        for (String assessor : List.of("asr-an-1", "asr-an-2", "asr-an-3", "asr-an-4", "asr-an-5", SEVERE)) {
            accounts.create(new NewAccount(assessor, PASSWORD, "Made " + assessor, "ASSESSOR", null, "Unud"));
        }
        accounts.create(new NewAccount("op-an-5103", PASSWORD, "Ketut Operator", "OPERATOR", "51.03", null));
        panels.assign(YEAR, "51.71", DENPASAR, TestActors.admin());
        List<String> badung = new ArrayList<>(FOUR);
        badung.add(SEVERE);
        panels.assign(YEAR, "51.03", badung, TestActors.admin());
        panels.assign(YEAR, "51.06", List.of("asr-an-1", "asr-an-5"), TestActors.admin());

        for (int i = 0; i < DENPASAR.size(); i++) {
            for (int no = 1; no <= QUESTIONS; no++) {
                mvc.perform(put(API + "/regions/51.71/scores/" + no)
                                .with(user(DENPASAR.get(i)).roles("ASSESSOR"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"score\":" + denpasar(i, no) + "}"))
                        .andExpect(status().isOk());
            }
            mvc.perform(post(API + "/regions/51.71/scores/submission")
                            .with(user(DENPASAR.get(i)).roles("ASSESSOR")))
                    .andExpect(status().isOk());
        }
        for (String assessor : FOUR) {
            scoreAll("51.03", assessor, AnalyticsPanelsTest::badung);
        }
        scoreAll("51.03", SEVERE, no -> badung(no) - 1);
        scoreAll("51.06", "asr-an-1", no -> 4 - no % 4);
        scoreAll("51.06", "asr-an-5", no -> 1 + no % 4);

        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < GOVERNANCE.length; i++) {
            answers.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(50 + i)
                    .append("\":")
                    .append(GOVERNANCE[i]);
        }
        mvc.perform(post(API + "/regions/51.03/survey-responses")
                        .with(user("op-an-5103").roles("OPERATOR"))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dimension\":\"GOVERNANCE\",\"source\":\"PAPER\",\"answers\":{" + answers + "}}"))
                .andExpect(status().isCreated());
    }

    /** Denpasar: 1 + no mod 4, each assessor one point off on every seventh question, at a different place. */
    private static int denpasar(int assessor, int no) {
        int base = 1 + no % 4;
        return (no + assessor) % 7 == 0 ? (base == 4 ? 3 : base + 1) : base;
    }

    /** Badung: 2, 3 or 4, so that one point lower stays on the scale. */
    private static int badung(int no) {
        return 2 + no % 3;
    }

    private void scoreAll(String region, String assessor, IntUnaryOperator score) {
        for (int no = 1; no <= QUESTIONS; no++) {
            scoring.score(YEAR, region, no, score.applyAsInt(no), null, null, TestActors.assessor(assessor));
        }
        scoring.submit(YEAR, region, TestActors.assessor(assessor));
    }

    private static RequestPostProcessor admin() {
        return user(TestAccounts.ADMIN).roles("ADMIN");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void the_agreement_of_a_panel_scored_through_the_api_is_krippendorffs_alpha_of_its_scores() throws Exception {
        List<Integer[]> units = new ArrayList<>();
        for (int no = 1; no <= QUESTIONS; no++) {
            Integer[] unit = new Integer[DENPASAR.size()];
            for (int i = 0; i < unit.length; i++) {
                unit[i] = denpasar(i, no);
            }
            units.add(unit);
        }
        double interval = KrippendorffAlpha.with(units, 5, Metric.INTERVAL);
        double ordinal = KrippendorffAlpha.with(units, 5, Metric.ORDINAL);

        mvc.perform(get(API + "/regions/51.71/agreement").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.raters").value(5))
                .andExpect(jsonPath("$.items").value(115))
                .andExpect(jsonPath("$.krippendorffAlpha.interval").value(shown(interval)))
                .andExpect(jsonPath("$.krippendorffAlpha.ordinal").value(shown(ordinal)))
                .andExpect(jsonPath("$.belowFloor").value(false))
                .andExpect(jsonPath("$.floor").value(0.667))
                .andExpect(jsonPath("$.assessors.length()").value(5))
                .andExpect(jsonPath("$.dimensions.length()").value(5))
                .andExpect(jsonPath("$.dimensions[0].dimension").value("BASELINE"))
                .andExpect(jsonPath("$.dimensions[0].items").value(5))
                .andExpect(jsonPath("$.mostSpread.length()").value(10))
                .andExpect(jsonPath("$.mostSpread[0].spread").value(1));
        assertThat(interval).isBetween(0.8, 1.0);
    }

    private static double shown(double alpha) {
        return BigDecimal.valueOf(alpha).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    @Test
    @Order(2)
    void a_panel_under_the_floor_is_flagged_on_the_tracking_dashboard() throws Exception {
        mvc.perform(get(API + "/regions/51.06/agreement").with(admin()))
                .andExpect(jsonPath("$.raters").value(2))
                .andExpect(jsonPath("$.belowFloor").value(true));
        mvc.perform(get(API + "/tracking").with(admin()))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.regionCode == '51.06')].agreementLow").value(true))
                .andExpect(
                        jsonPath("$[?(@.regionCode == '51.71')].agreementLow").value(false));

        String dashboard = page("/admin/periode/" + YEAR + "/pemantauan");

        assertThat(dashboard)
                .contains("id=\"agreement-low-51.06\"")
                .doesNotContain("id=\"agreement-low-51.71\"")
                .contains("id=\"agreement-legend\"")
                .contains("/admin/periode/" + YEAR + "/kesepakatan/51.06")
                .contains("/admin/periode/" + YEAR + "/kalibrasi");
    }

    @Test
    @Order(3)
    void the_periods_alphas_are_listed_lowest_first_with_their_distribution() throws Exception {
        mvc.perform(get(API + "/agreement").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distribution.panels").value(3))
                .andExpect(jsonPath("$.distribution.withAlpha").value(3))
                .andExpect(jsonPath("$.distribution.belowFloor").value(1))
                .andExpect(jsonPath("$.distribution.bins.length()").value(7))
                .andExpect(jsonPath("$.panels[0].regionCode").value("51.06"))
                .andExpect(jsonPath("$.panels[0].belowFloor").value(true));

        assertThat(page("/admin/periode/" + YEAR + "/kesepakatan"))
                .contains("id=\"panel-51.06\"", "id=\"distribution-summary\"", "DKPro");
    }

    @Test
    @Order(4)
    void a_severe_assessor_is_flagged() throws Exception {
        mvc.perform(get(API + "/calibration").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.panels").value(3))
                .andExpect(jsonPath("$.flagged.length()").value(1))
                .andExpect(jsonPath("$.flagged", contains(SEVERE)))
                .andExpect(jsonPath("$.assessors[0].assessor").value(SEVERE))
                .andExpect(jsonPath("$.assessors[0].leaning").value("SEVERE"))
                .andExpect(jsonPath("$.assessors[0].meanDifference").value(-1.0))
                .andExpect(jsonPath("$.assessors[0].questions").value(115))
                .andExpect(jsonPath("$.assessors.length()").value(6));

        assertThat(page("/admin/periode/" + YEAR + "/kalibrasi"))
                .contains("id=\"flagged-" + SEVERE + "\"")
                .doesNotContain("id=\"flagged-asr-an-1\"");
    }

    @Test
    @Order(5)
    void the_what_if_final_without_the_severe_assessor_equals_the_engines_result_for_the_other_four() throws Exception {
        InstrumentView instrument = instruments.instrument(YEAR);
        TrackWeights weights = new TrackWeights("REGULER", instrument.weightsOf("REGULER"));
        BigDecimal withoutSevere = ScoringEngine.fromQuestions(weights, questions(instrument, 4), Map.of())
                .finalShown();
        BigDecimal withAll = ScoringEngine.fromQuestions(weights, questions(instrument, 5), Map.of())
                .finalShown();
        assertThat(withoutSevere).isGreaterThan(withAll);

        mvc.perform(get(API + "/regions/51.03/what-if").param("without", SEVERE).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.without").value(SEVERE))
                .andExpect(jsonPath("$.assessors.length()").value(4))
                .andExpect(jsonPath("$.final").value(withoutSevere.doubleValue()))
                .andExpect(jsonPath("$.actualFinal").value(withAll.doubleValue()))
                .andExpect(jsonPath("$.difference")
                        .value(withoutSevere.subtract(withAll).doubleValue()))
                .andExpect(jsonPath("$.result.questions[49].source").value("SURVEY"))
                .andExpect(jsonPath("$.result.questions[58].source").value("ASSESSORS"))
                .andExpect(jsonPath("$.result.questions[58].assessorScores.length()")
                        .value(4));
        // the what-if is never stored: the region's result is still that of all five
        mvc.perform(get(API + "/regions/51.03/result").with(admin()))
                .andExpect(jsonPath("$.final").value(withAll.doubleValue()));

        assertThat(page("/admin/periode/" + YEAR + "/kesepakatan/51.03?tanpa=" + SEVERE))
                .contains("id=\"what-if-final\"", "id=\"what-if-actual\"")
                .contains(withoutSevere.toPlainString().replace('.', ','));
    }

    /**
     * Badung's question scores as the engine takes them: Governance (50-58) from the survey's one response, the rest
     * the mean of the four who agree, and with {@code assessors} 5 also the severe assessor's.
     */
    private static List<QuestionScore> questions(InstrumentView instrument, int assessors) {
        List<QuestionScore> questions = new ArrayList<>();
        for (InstrumentView.QuestionView q : instrument.questions()) {
            if (q.no() >= 50 && q.no() <= 58) {
                questions.add(QuestionScore.fromSurvey(
                        q.no(), q.dimension(), BigDecimal.valueOf(GOVERNANCE[q.no() - 50]), 1));
                continue;
            }
            List<Integer> scores =
                    new ArrayList<>(List.of(badung(q.no()), badung(q.no()), badung(q.no()), badung(q.no())));
            if (assessors == 5) {
                scores.add(badung(q.no()) - 1);
            }
            questions.add(QuestionScore.of(new AssessedQuestion(q.no(), q.dimension(), scores)));
        }
        return questions;
    }

    @Test
    @Order(6)
    void a_what_if_needs_an_assessor_with_submitted_scores_of_the_region() throws Exception {
        mvc.perform(get(API + "/regions/51.03/what-if")
                        .param("without", "asr-an-5")
                        .with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("whatIf.notSubmitted"));
        mvc.perform(get(API + "/regions/51.03/what-if").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("whatIf.without.missing"));
    }

    @Test
    @Order(7)
    void an_assessor_even_on_the_panel_is_refused_the_analytics() throws Exception {
        RequestPostProcessor assessor = user("asr-an-1").roles("ASSESSOR");
        for (String path : List.of(
                API + "/regions/51.03/agreement",
                API + "/regions/51.03/what-if?without=" + SEVERE,
                API + "/agreement",
                API + "/calibration",
                "/admin/periode/" + YEAR + "/kesepakatan",
                "/admin/periode/" + YEAR + "/kesepakatan/51.03",
                "/admin/periode/" + YEAR + "/kalibrasi")) {
            mvc.perform(get(path).with(assessor)).andExpect(status().isForbidden());
        }
    }

    @Test
    @Order(8)
    void a_revision_in_reconciliation_changes_the_agreement_at_once() throws Exception {
        String before = mvc.perform(get(API + "/regions/51.06/agreement").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // question 4: asr-an-1 gave 4, asr-an-5 gave 1 (spread 3, in reconciliation)
        scoring.score(YEAR, "51.06", 4, 4, null, "Bukti SK dibahas", TestActors.assessor("asr-an-5"));

        String after = mvc.perform(get(API + "/regions/51.06/agreement").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).isNotEqualTo(before).doesNotContain("\"no\":4,");
    }

    @Test
    @Order(9)
    void a_reopened_submission_leaves_the_agreement_and_the_calibration_at_once(@Autowired ReopenScoring reopen)
            throws Exception {
        mvc.perform(get(API + "/regions/51.03/agreement").with(admin()))
                .andExpect(jsonPath("$.raters").value(5));

        reopen.reopen(YEAR, "51.03", SEVERE, "Skor diperiksa ulang", TestActors.admin());

        mvc.perform(get(API + "/regions/51.03/agreement").with(admin()))
                .andExpect(jsonPath("$.raters").value(4))
                .andExpect(jsonPath("$.krippendorffAlpha.interval").value(1.0));
        mvc.perform(get(API + "/calibration").with(admin()))
                .andExpect(jsonPath("$.flagged.length()").value(0))
                .andExpect(jsonPath("$.assessors.length()").value(5));
    }

    @Test
    @Order(10)
    void calibration_and_the_what_if_close_once_the_results_are_published(@Autowired MovePeriod move) throws Exception {
        scoring.submit(YEAR, "51.03", TestActors.assessor(SEVERE));
        mvc.perform(get(API + "/calibration").with(admin())).andExpect(jsonPath("$.flagged", contains(SEVERE)));
        move.transition(YEAR, "FINALIZED", "test", "admin");
        mvc.perform(get(API + "/calibration").with(admin())).andExpect(jsonPath("$.flagged", contains(SEVERE)));

        move.transition(YEAR, "PUBLISHED", "test", "admin");

        mvc.perform(get(API + "/calibration").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("calibration.stage"));
        mvc.perform(get(API + "/regions/51.03/what-if").param("without", SEVERE).with(admin()))
                .andExpect(status().isConflict());
        assertThat(page("/admin/periode/" + YEAR + "/kalibrasi")).contains("id=\"calibration-closed\"");
        assertThat(page("/admin/periode/" + YEAR + "/kesepakatan/51.03?tanpa=" + SEVERE))
                .contains("id=\"what-if-closed\"")
                .doesNotContain("id=\"what-if-result\"");
        mvc.perform(get(API + "/regions/51.03/agreement").with(admin())).andExpect(status().isOk());
    }
}
