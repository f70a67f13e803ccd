package id.kotacerdas.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.audit.AuditEntry;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finalization counts only the scores of assessors who submitted; a region that took part without submitted
 * scores refuses it. A score checked against the stage commits before the move to FINALIZED that waits for it
 * (the period's share lock), so no score changes after the results were computed. The region's operator reads
 * its result history, panel and findings only once the period is PUBLISHED. One period, in order.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinalizationFromSubmittedTest {

    private static final int YEAR = TestYears.FINALIZATION_FROM_SUBMITTED;
    private static final String API = "/api/v1/periods/" + YEAR + "/regions/";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final int QUESTIONS = 115;
    private static final int SPREAD = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    ScoreQuestions scoring;

    @Autowired
    MovePeriod move;

    @Autowired
    AuditTrail audit;

    @Autowired
    NationalResultsApi results;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @BeforeAll
    void a_period_in_assessment_with_three_panels(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels,
            @Autowired ScheduleInterviews interviews) {
        periods.create(YEAR, 2024, "test");
        for (String region : List.of("51.03", "51.71", "51.02")) {
            participants.set(YEAR, region, "REGULER", "test");
        }
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        for (String assessor : List.of("asr-fn1", "asr-fn2", "asr-fn3", "asr-fn4", "asr-fn5")) {
            accounts.create(new NewAccount(assessor, PASSWORD, "Gede " + assessor, "ASSESSOR", null, "Unud"));
        }
        accounts.create(new NewAccount("op-fn-5103", PASSWORD, "Ketut Operator", "OPERATOR", "51.03", null));
        panels.assign(YEAR, "51.03", List.of("asr-fn1", "asr-fn2"), TestActors.admin());
        panels.assign(YEAR, "51.71", List.of("asr-fn3", "asr-fn4"), TestActors.admin());
        panels.assign(YEAR, "51.02", List.of("asr-fn5"), TestActors.admin());
        // every region took part: it attended its interview
        for (String region : List.of("51.03", "51.71", "51.02")) {
            interviews.schedule(
                    YEAR,
                    region,
                    OffsetDateTime.of(YEAR, 11, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                    "",
                    TestActors.admin());
            interviews.recordAttendance(YEAR, region, true, List.of(), TestActors.admin());
        }
        scoreAll("51.03", "asr-fn1", 3, 3);
        scoring.submit(YEAR, "51.03", TestActors.assessor("asr-fn1"));
        scoreAll("51.03", "asr-fn2", 1, 1); // never submitted: must not count
        scoreAll("51.71", "asr-fn3", 3, 1);
        scoreAll("51.71", "asr-fn4", 3, 4);
        scoring.submit(YEAR, "51.71", TestActors.assessor("asr-fn3"));
        scoring.submit(YEAR, "51.71", TestActors.assessor("asr-fn4"));
        scoreAll("51.02", "asr-fn5", 2, 2); // scored, not submitted
    }

    @AfterAll
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    @Order(1)
    void finalization_is_refused_while_a_region_that_took_part_has_no_submitted_scores() {
        assertThatThrownBy(() -> move.transition(YEAR, "FINALIZED", "test", "admin"))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("finalize.incomplete");
                    assertThat(e.getMessage()).contains("51.02").doesNotContain("51.03");
                });
    }

    @Test
    @Order(2)
    void a_revision_in_flight_commits_before_the_finalization_that_waits_for_it(
            @Autowired PlatformTransactionManager transactions, @Autowired ComputeAssessedResult live)
            throws Exception {
        scoring.submit(YEAR, "51.02", TestActors.assessor("asr-fn5"));
        CountDownLatch scored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Future<?> revision = pool.submit(() -> tx.executeWithoutResult(status -> {
            scoring.score(YEAR, "51.71", SPREAD, 4, "", "Bukti SK dibahas", TestActors.assessor("asr-fn3"));
            scored.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(scored.await(30, TimeUnit.SECONDS)).isTrue();

        Future<?> finalizing = pool.submit(() -> move.transition(YEAR, "FINALIZED", "semua panel selesai", "admin"));
        assertThatThrownBy(() -> finalizing.get(3, TimeUnit.SECONDS))
                .as("the move to FINALIZED waits for the revision's transaction")
                .isInstanceOf(TimeoutException.class);
        release.countDown();
        revision.get(30, TimeUnit.SECONDS);
        finalizing.get(60, TimeUnit.SECONDS);

        BigDecimal stored = results.table(YEAR).line("51.71").orElseThrow().finalScore();
        BigDecimal computedNow = live.result(YEAR, "51.71", TestActors.admin()).finalScore();
        assertThat(stored).as("the stored result counts the revision").isEqualByComparingTo(computedNow);
        long revised = entry("51.71", "SCORE_REVISED").id();
        long finalized = entry(null, "RESULTS_FINALIZED").id();
        assertThat(revised).isLessThan(finalized);
    }

    @Test
    @Order(3)
    void only_the_scores_of_assessors_who_submitted_count() {
        NationalResultView badung = results.table(YEAR).line("51.03").orElseThrow();
        assertThat(badung.score("BASELINE")).isEqualByComparingTo("3");
        assertThat(badung.score("OUTPUT")).isEqualByComparingTo("3");
        assertThat(entry(null, "RESULTS_FINALIZED").newValue())
                .contains("unsubmitted assessors left out: 51.03 asr-fn2");
    }

    @Test
    @Order(4)
    void the_regions_operator_reads_its_result_panel_and_findings_only_once_published() throws Exception {
        RequestPostProcessor operator = user("op-fn-5103").roles("OPERATOR");
        for (String path : List.of("/result/history", "/assessors", "/findings")) {
            mvc.perform(get(API + "51.03" + path).with(operator))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("disclosure.notPublished"));
        }
        mvc.perform(get(API + "51.03/result/history").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/periods/" + YEAR + "/national-results/51.03").with(operator))
                .andExpect(status().isNotFound());
        mvc.perform(get("/hasil/" + YEAR + "/51.03").with(operator)).andExpect(status().isNotFound());

        move.transition(YEAR, "PUBLISHED", "diumumkan", "admin");
        mvc.perform(get(API + "51.03/result/history").with(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(API + "51.03/assessors").with(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(API + "51.03/findings").with(operator)).andExpect(status().isOk());
    }

    /** The assessor scores every question {@code score}, question {@link #SPREAD} {@code spread}. */
    private void scoreAll(String region, String assessor, int score, int spread) {
        for (int no = 1; no <= QUESTIONS; no++) {
            scoring.score(YEAR, region, no, no == SPREAD ? spread : score, "", null, TestActors.assessor(assessor));
        }
    }

    private AuditEntry entry(String region, String action) {
        return audit.find(region, YEAR).stream()
                .filter(e -> e.action().equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no audit entry " + action));
    }
}
