package id.kotacerdas.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kotacerdas.assessment.AssessorScoreView;
import id.kotacerdas.assessment.AssignPanel;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several sessions of one assessor (two browser tabs, a retried request) score the same question at the
 * same moment, each from the version it last read: exactly one wins, every other is told the score is
 * stale ({@code score.stale}, 409), and the winner's score is the one stored, with one audit entry.
 *
 * <p>Guards this proves, each by a test that fails without it:
 *
 * <ul>
 *   <li>the lock on the assessor's panel seat, {@code PanelRepository.lockMember}, taken by {@code
 *       ScoreQuestions.score} before it reads the score: for a first score there is no score row yet for
 *       {@code select ... for update} to lock, so without the seat lock every session reads "no score", passes
 *       the check of version 0 and each later upsert silently overwrites the earlier one (several sessions
 *       "win" the first score, it ends at a version above 1, each audited as saved from nothing);
 *   <li>the optimistic check of {@code expectedVersion} in {@code ScoreQuestions.score}: without it every
 *       session re-scoring from version 1 wins, one after the other.
 * </ul>
 *
 * Every (assessor, question) is raced: the sessions of an assessor meet at a barrier before each question,
 * the assessors race in parallel, so a missing guard shows many times over, not by luck.
 */
@IntegrationTest
class ConcurrentScoringTest {

    private static final int YEAR = TestYears.CONCURRENT_SCORING;
    private static final String REGION = "51.03";
    private static final String PASSWORD = "Sawah-hijau-di-Tabanan-1983!";
    private static final List<String> PANEL = List.of("asr-cc1", "asr-cc2", "asr-cc3");
    /** At most four: each session of a question sends a different score. */
    private static final int SESSIONS = 3;

    private static final int QUESTIONS = 115;

    @Autowired
    ScoreQuestions scoring;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void a_period_in_assessment_with_a_panel_of_three(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired MovePeriod move,
            @Autowired ManageAccounts accounts,
            @Autowired AssignPanel panels) {
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
    }

    @Test
    void sessions_scoring_the_same_question_from_the_same_version_leave_one_winner_and_tell_the_others_it_is_stale()
            throws Exception {
        Map<String, List<Attempt>> first = race(0);
        theOnlyWinnerIsStored(first, 1);

        Map<String, List<Attempt>> second = race(1);
        theOnlyWinnerIsStored(second, 2);

        Map<String, List<AuditEntry>> saved = audit.find(REGION, YEAR).stream()
                .filter(e -> e.action().equals("SCORE_SAVED"))
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .collect(Collectors.groupingBy(e -> e.actor() + " " + e.subject()));
        for (String assessor : PANEL) {
            for (int no = 1; no <= QUESTIONS; no++) {
                String winner1 = String.valueOf(winner(first, assessor, no).score());
                String winner2 = String.valueOf(winner(second, assessor, no).score());
                assertThat(saved.get(assessor + " question " + no))
                        .as("audited saves of question %d by %s", no, assessor)
                        .extracting(AuditEntry::oldValue, AuditEntry::newValue)
                        .containsExactly(tuple(null, winner1), tuple(winner1, winner2));
            }
        }
    }

    /**
     * What one session tried: the score it sent, and whether it was saved or refused as stale (with the
     * version the refusal reported).
     */
    private record Attempt(int session, int score, boolean won, Object currentVersion) {}

    /**
     * Every session of every assessor scores every question from {@code version}, the sessions of one
     * assessor starting each question together; sessions send different scores, so the stored one names
     * the winner. Any failure other than a stale refusal fails the test.
     */
    private Map<String, List<Attempt>> race(int version) throws Exception {
        Map<String, List<Attempt>> attempts = new ConcurrentHashMap<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (String assessor : PANEL) {
            CyclicBarrier together = new CyclicBarrier(SESSIONS);
            for (int s = 0; s < SESSIONS; s++) {
                int session = s;
                work.add(() -> {
                    try {
                        session(assessor, session, version, together, attempts);
                    } catch (Throwable failure) {
                        together.reset(); // the other sessions stop waiting for this one
                        throw failure;
                    }
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        List<Throwable> failures = new ArrayList<>();
        try {
            List<Future<Void>> futures = new ArrayList<>();
            work.forEach(w -> futures.add(pool.submit(w)));
            for (Future<Void> f : futures) {
                try {
                    f.get(5, TimeUnit.MINUTES);
                } catch (ExecutionException failed) {
                    failures.add(failed.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // the session that failed first, not the ones it left waiting at the barrier
        Optional<Throwable> failure = failures.stream()
                .filter(f -> !(f instanceof BrokenBarrierException))
                .findFirst()
                .or(() -> failures.stream().findFirst());
        if (failure.isPresent()) {
            throw failure.get() instanceof AssertionError assertion
                    ? assertion
                    : new AssertionError("a session failed: " + failure.get(), failure.get());
        }
        return attempts;
    }

    /** One session of an assessor: every question, from {@code version}, together with the other sessions. */
    private void session(
            String assessor, int session, int version, CyclicBarrier together, Map<String, List<Attempt>> attempts)
            throws Exception {
        for (int no = 1; no <= QUESTIONS; no++) {
            int score = score(session, no, version);
            together.await(1, TimeUnit.MINUTES);
            Attempt attempt;
            try {
                scoring.score(YEAR, REGION, no, score, "sesi " + session, null, version, TestActors.assessor(assessor));
                attempt = new Attempt(session, score, true, null);
            } catch (Conflict refused) {
                if (!refused.messageKey().equals("score.stale")) {
                    throw refused;
                }
                attempt =
                        new Attempt(session, score, false, refused.properties().get("currentVersion"));
            }
            attempts.computeIfAbsent(assessor + " " + no, k -> new CopyOnWriteArrayList<>())
                    .add(attempt);
        }
    }

    private void theOnlyWinnerIsStored(Map<String, List<Attempt>> attempts, int version) {
        Map<String, AssessorScoreView> stored = scoring.scores(YEAR, REGION, TestActors.admin()).scores().stream()
                .collect(Collectors.toMap(s -> s.assessor() + " " + s.no(), Function.identity()));
        assertThat(stored).hasSize(PANEL.size() * QUESTIONS);
        for (String assessor : PANEL) {
            for (int no = 1; no <= QUESTIONS; no++) {
                List<Attempt> tried = attempts.get(assessor + " " + no);
                assertThat(tried).hasSize(SESSIONS);
                assertThat(tried.stream().filter(Attempt::won))
                        .as("sessions of %s saving question %d from version %d", assessor, no, version - 1)
                        .hasSize(1);
                assertThat(tried.stream().filter(a -> !a.won()).map(Attempt::currentVersion))
                        .as("the version the stale sessions of %s are told for question %d", assessor, no)
                        .containsOnly(version);
                AssessorScoreView score = stored.get(assessor + " " + no);
                assertThat(score.score())
                        .as("stored score of question %d by %s", no, assessor)
                        .isEqualTo(winner(attempts, assessor, no).score());
                assertThat(score.version())
                        .as("version of question %d by %s", no, assessor)
                        .isEqualTo(version);
            }
        }
    }

    private static Attempt winner(Map<String, List<Attempt>> attempts, String assessor, int no) {
        return attempts.get(assessor + " " + no).stream()
                .filter(Attempt::won)
                .findFirst()
                .orElseThrow();
    }

    /** Different for each session of a question (and from one race to the next), so the stored score names its session. */
    private static int score(int session, int no, int version) {
        return (session + no + version) % 4 + 1;
    }
}
