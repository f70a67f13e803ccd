package id.kotacerdas.award;

import static org.assertj.core.api.Assertions.assertThat;

import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.scoring.ImportNationalResults;
import id.kotacerdas.scoring.ImportReport;
import id.kotacerdas.scoring.SuggestionAcceptance;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The periods the award tests rank, built once through the application's own use cases and shared by the award
 * test classes (one database):
 *
 * <ul>
 *   <li>{@link #IMPORTED}: a table imported as published into a FINALIZED period (results final, not PUBLISHED).
 *       REGULER finals: Kota Denpasar 3.50, Kabupaten Badung and Kota Surakarta 3.20 (tied), Kabupaten Tabanan
 *       3.10, Kabupaten Kebumen 2.50; Kabupaten Karo (KPPN_IKN, collaboration "-") 3.24.
 *   <li>{@link #ASSESSED}, the year after: every participant scored by one assessor (so a question's score is
 *       that assessor's), finalized and PUBLISHED. Kebumen scores 3 everywhere but 4, 4, 4, 4, 4, 3 on the Smart
 *       Governance Outcome questions 17-22 (mean 3.83, final 3.05); Badung 4 everywhere but 2 on 17-22 (mean
 *       2.00, final 3.89); Kota Denpasar 4 everywhere (4.00, 4.00); Tabanan 3 everywhere (3.00, 3.00); Karo
 *       (KPPN_IKN) 3 everywhere but 4, 4, 4, 4, 3, 3 on 17-22 (3.67, final 2.72). Improvements on the year before:
 *       Badung 0.69, Kebumen 0.55, Denpasar 0.50, Tabanan -0.10, Karo -0.52.
 *   <li>{@link #DRAFT}: a period still a draft, without results.
 * </ul>
 */
final class AwardPeriods {

    static final int IMPORTED = TestYears.AWARDS_IMPORTED;
    static final int ASSESSED = TestYears.AWARDS_ASSESSED;
    static final int DRAFT = TestYears.AWARDS_DRAFT;

    static final String KEBUMEN = "33.05";
    static final String BADUNG = "51.03";
    static final String DENPASAR = "51.71";
    static final String TABANAN = "51.02";
    static final String KARO = "12.06";
    static final String SURAKARTA = "33.72";

    private static final String ASSESSOR = "asr-award";
    private static final String PASSWORD = "Piagam-emas-di-Kebumen-2021!";
    private static final int QUESTIONS = 115;
    private static final List<Integer> GOVERNANCE_OUTCOME = List.of(17, 18, 19, 20, 21, 22);
    private static final String HEADER = "NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\t"
            + "PROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET\n";
    private static final String TABLE = HEADER + """
            1\tKOTA DENPASAR\t3,5\t3,5\t3,5\t3,5\t3,5\t\t3,5\t0,3\tREGULER
            2\tKAB. BADUNG\t3,2\t3,2\t3,2\t3,2\t3,2\t\t3,2\t0,1\tREGULER
            3\tKOTA SURAKARTA\t3,2\t3,2\t3,2\t3,2\t3,2\t\t3,2\t0,2\tREGULER
            4\tKAB. TABANAN\t3,1\t3,1\t3,1\t3,1\t3,1\t\t3,1\t\tREGULER
            5\tKAB. KEBUMEN\t2,5\t2,5\t2,5\t2,5\t2,5\t\t2,5\t0,4\tREGULER
            6\tKAB. KARO\t3,6\t3,6\t3,6\t3,6\t3,6\t-\t3,24\t0,1\tKPPN IKN
            """;

    private AwardPeriods() {}

    /** Builds the periods unless an earlier test class did. */
    static synchronized void ensure(ApplicationContext context) {
        InstrumentApi instruments = context.getBean(InstrumentApi.class);
        if (instruments.findPeriod(DRAFT).isPresent()) {
            return;
        }
        imported(context);
        assessed(context);
        context.getBean(CreatePeriod.class).create(DRAFT, 2024, "test");
    }

    private static void imported(ApplicationContext context) {
        context.getBean(CreatePeriod.class).create(IMPORTED, 2024, "test");
        ManageParticipants participants = context.getBean(ManageParticipants.class);
        for (String region : List.of(DENPASAR, BADUNG, SURAKARTA, TABANAN, KEBUMEN)) {
            participants.set(IMPORTED, region, "REGULER", "test");
        }
        participants.set(IMPORTED, KARO, "KPPN_IKN", "test");
        MovePeriod move = context.getBean(MovePeriod.class);
        move.transition(IMPORTED, "SELF_ASSESSMENT", "test", "test");
        move.transition(IMPORTED, "ASSESSMENT", "test", "test");
        move.transition(IMPORTED, "FINALIZED", "the published table is imported", "test");
        ImportReport report = context.getBean(ImportNationalResults.class)
                .importTable(
                        IMPORTED,
                        TABLE.getBytes(StandardCharsets.UTF_8),
                        "text/tab-separated-values",
                        "awards.tsv",
                        SuggestionAcceptance.NONE,
                        "test");
        assertThat(report.imported()).isEqualTo(6);
    }

    private static void assessed(ApplicationContext context) {
        context.getBean(CreatePeriod.class).create(ASSESSED, 2024, "test");
        ManageParticipants participants = context.getBean(ManageParticipants.class);
        Map<String, String> tracks = Map.of(
                KEBUMEN, "REGULER", BADUNG, "REGULER", DENPASAR, "REGULER", TABANAN, "REGULER", KARO, "KPPN_IKN");
        tracks.forEach((region, track) -> participants.set(ASSESSED, region, track, "test"));
        MovePeriod move = context.getBean(MovePeriod.class);
        move.transition(ASSESSED, "SELF_ASSESSMENT", "test", "test");
        move.transition(ASSESSED, "ASSESSMENT", "test", "test");
        context.getBean(ManageAccounts.class)
                .create(new NewAccount(ASSESSOR, PASSWORD, "Ayu Penilai", "ASSESSOR", null, "Universitas Gadjah Mada"));
        score(context, KEBUMEN, 3, List.of(4, 4, 4, 4, 4, 3));
        score(context, BADUNG, 4, List.of(2, 2, 2, 2, 2, 2));
        score(context, DENPASAR, 4, List.of(4, 4, 4, 4, 4, 4));
        score(context, TABANAN, 3, List.of(3, 3, 3, 3, 3, 3));
        score(context, KARO, 3, List.of(4, 4, 4, 4, 3, 3));
        move.transition(ASSESSED, "FINALIZED", "every panel submitted", "test");
        move.transition(ASSESSED, "PUBLISHED", "announced", "test");
    }

    /** The region took part (it attended its interview) and the assessor scored and submitted every question. */
    private static void score(ApplicationContext context, String region, int score, List<Integer> governance) {
        Actor admin = TestActors.admin();
        Actor assessor = TestActors.assessor(ASSESSOR);
        context.getBean(AssignPanel.class).assign(ASSESSED, region, List.of(ASSESSOR), admin);
        ScheduleInterviews interviews = context.getBean(ScheduleInterviews.class);
        interviews.schedule(
                ASSESSED, region, OffsetDateTime.of(ASSESSED, 11, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7)), "", admin);
        interviews.recordAttendance(ASSESSED, region, true, List.of(), admin);
        ScoreQuestions scoring = context.getBean(ScoreQuestions.class);
        for (int no = 1; no <= QUESTIONS; no++) {
            int index = GOVERNANCE_OUTCOME.indexOf(no);
            scoring.score(ASSESSED, region, no, index < 0 ? score : governance.get(index), "", null, assessor);
        }
        scoring.submit(ASSESSED, region, assessor);
    }
}
