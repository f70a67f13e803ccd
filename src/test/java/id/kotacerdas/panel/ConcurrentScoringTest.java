package id.kotacerdas.panel;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.audit.AuditEntry;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestActors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Five assessors scoring all 115 questions at the same time, while other threads re-score one question
 * for each of them, lose nothing: every score is stored with its value and every write is audited.
 */
@IntegrationTest
class ConcurrentScoringTest {

    private static final int YEAR = 2098;
    private static final String REGION = "51.03";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final List<String> PANEL = List.of("asr-cc1", "asr-cc2", "asr-cc3", "asr-cc4", "asr-cc5");
    private static final int CONTESTED = 50;
    private static final int CONTENDERS = 3;
    private static final int ROUNDS = 5;

    @Autowired
    ScoreQuestions scoring;

    @Autowired
    AssessmentApi assessment;

    @Autowired
    AuditTrail audit;

    @Test
    void concurrent_scoring_loses_no_score_and_audits_every_write(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels)
            throws Exception {
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, REGION, "REGULER", "test");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        move.schedule(YEAR, today.minusDays(1), today.plusDays(10), "test");
        move.transition(YEAR, "SELF_ASSESSMENT", "test", "test");
        move.transition(YEAR, "ASSESSMENT", "test", "test");
        for (String assessor : PANEL) {
            accounts.create(new NewAccount(assessor, PASSWORD, "Ketut Penilai", "ASSESSOR", null, "ITB"));
        }
        panels.assign(YEAR, REGION, PANEL, TestActors.admin());

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int a = 0; a < PANEL.size(); a++) {
            String assessor = PANEL.get(a);
            int index = a;
            work.add(() -> {
                start.await();
                for (int no = 1; no <= 115; no++) {
                    scoring.score(
                            YEAR,
                            REGION,
                            no,
                            expected(index, no),
                            "catatan " + no,
                            null,
                            TestActors.assessor(assessor));
                }
                return 115;
            });
        }
        for (int c = 0; c < CONTENDERS; c++) {
            work.add(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    for (int a = 0; a < PANEL.size(); a++) {
                        scoring.score(
                                YEAR,
                                REGION,
                                CONTESTED,
                                expected(a, CONTESTED),
                                "catatan ulang",
                                null,
                                TestActors.assessor(PANEL.get(a)));
                    }
                }
                return ROUNDS * PANEL.size();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        int writes = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            work.forEach(w -> futures.add(pool.submit(w)));
            start.countDown();
            for (Future<Integer> f : futures) {
                writes += f.get(5, TimeUnit.MINUTES); // rethrows any failure of the thread
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(writes).isEqualTo(575 + CONTENDERS * ROUNDS * PANEL.size());

        Map<Integer, List<Integer>> stored = assessment.assessorScores(YEAR, REGION);
        assertThat(stored).hasSize(115);
        assertThat(stored.values().stream().mapToInt(List::size).sum()).isEqualTo(575);
        for (int no = 1; no <= 115; no++) {
            List<Integer> want = new ArrayList<>();
            for (int a = 0; a < PANEL.size(); a++) {
                want.add(expected(a, no));
            }
            assertThat(stored.get(no)).as("scores of question %d", no).isEqualTo(want);
        }

        List<AuditEntry> saved = audit.find(REGION, YEAR).stream()
                .filter(e -> e.action().equals("SCORE_SAVED"))
                .toList();
        assertThat(saved).hasSize(writes);
        Map<String, Long> perWrite = saved.stream()
                .collect(Collectors.groupingBy(e -> e.actor() + " " + e.subject(), Collectors.counting()));
        for (String assessor : PANEL) {
            for (int no = 1; no <= 115; no++) {
                long want = no == CONTESTED ? 1 + CONTENDERS * ROUNDS : 1;
                assertThat(perWrite.get(assessor + " question " + no))
                        .as("audit entries of %s, question %d", assessor, no)
                        .isEqualTo(want);
            }
        }
        assertThat(saved.stream().map(AuditEntry::newValue).collect(Collectors.toSet()))
                .allMatch(v -> v.matches("[1-4]"));
        assertThat(saved.stream()
                        .collect(Collectors.toMap(AuditEntry::id, Function.identity()))
                        .size())
                .isEqualTo(writes);
    }

    /** A different score per assessor and question, so that a lost or crossed write shows. */
    private static int expected(int assessor, int no) {
        return (assessor + no) % 4 + 1;
    }
}
