package id.kotacerdas.analytics;

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
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The two periods the trend tests follow, built once through the application's own use cases and shared by the
 * trend test classes (one database), the browser's included:
 *
 * <ul>
 *   <li>{@link #EARLIER}: a published national table imported (public as soon as imported). Kabupaten Badung 3.08,
 *       Kota Denpasar 3.35, Kota Surakarta 3.20 (REGULER), Kabupaten Karo 2.26 (KPPN_IKN, collaboration "-");
 *       published improvements 0.11, 0.10, 0.20 and 0.10.
 *   <li>{@link #LATER}, the year after: Badung, Denpasar and Karo scored from assessments by one assessor (3, 4 and
 *       3 on every question) and FINALIZED, <b>not published</b>: anonymous readers do not see it, an administrator
 *       sees it as a draft. Finals 3.00, 4.00 and 2.70 (Karo's collaboration counts 0); improvements computed from
 *       the year before: -0.08, 0.65 and 0.44.
 * </ul>
 */
public final class TrendPeriods {

    public static final int EARLIER = TestYears.TRENDS_EARLIER;
    public static final int LATER = TestYears.TRENDS_LATER;

    public static final String BADUNG = "51.03";
    static final String DENPASAR = "51.71";
    static final String KARO = "12.06";
    static final String SURAKARTA = "33.72";

    static final String OPERATOR = "op-trends-5103";
    static final String PASSWORD = "Tren-nilai-Badung-dua-periode!";

    private static final String ASSESSOR = "asr-trends";
    private static final int QUESTIONS = 115;
    private static final String TABLE = """
            NO\tKAB/KOTA\tBASELINE\tOUTPUT\tOUTCOME\tIMPACT\tQUICK WINS\tPROGRAM KOLABORASI\tNILAI FINAL\tTINGKAT IMPROVEMENT\tKET
            1\tKOTA DENPASAR\t2,84\t2,65\t3,53\t3,77\t3,63\t\t3,35\t0,1\tREGULER
            2\tKOTA SURAKARTA\t3,2\t3,2\t3,2\t3,2\t3,2\t\t3,2\t0,2\tREGULER
            3\tKAB. BADUNG\t3,56\t2,73\t3,27\t3,18\t2,8\t\t3,08\t0,11\tREGULER
            4\tKAB. KARO\t2,8\t2,24\t2,72\t2,8\t2,12\t-\t2,26\t0,1\tKPPN IKN
            """;

    private TrendPeriods() {}

    /** Builds the periods unless an earlier test class did. */
    public static synchronized void ensure(ApplicationContext context) {
        if (context.getBean(InstrumentApi.class).findPeriod(LATER).isPresent()) {
            return;
        }
        context.getBean(CreatePeriod.class).create(EARLIER, 2024, "test");
        ImportReport report = context.getBean(ImportNationalResults.class)
                .importTable(
                        EARLIER,
                        TABLE.getBytes(StandardCharsets.UTF_8),
                        "text/tab-separated-values",
                        "trends.tsv",
                        SuggestionAcceptance.NONE,
                        "test");
        assertThat(report.imported()).isEqualTo(4);
        assertThat(report.mismatches()).isEmpty();
        assessed(context);
        context.getBean(ManageAccounts.class)
                .create(new NewAccount(OPERATOR, PASSWORD, "Operator Badung", "OPERATOR", BADUNG, null));
    }

    private static void assessed(ApplicationContext context) {
        context.getBean(CreatePeriod.class).create(LATER, 2024, "test");
        ManageParticipants participants = context.getBean(ManageParticipants.class);
        Map<String, String> tracks = Map.of(BADUNG, "REGULER", DENPASAR, "REGULER", KARO, "KPPN_IKN");
        tracks.forEach((region, track) -> participants.set(LATER, region, track, "test"));
        MovePeriod move = context.getBean(MovePeriod.class);
        move.transition(LATER, "SELF_ASSESSMENT", "test", "test");
        move.transition(LATER, "ASSESSMENT", "test", "test");
        context.getBean(ManageAccounts.class)
                .create(new NewAccount(ASSESSOR, PASSWORD, "Tri Penilai", "ASSESSOR", null, "Universitas Udayana"));
        score(context, BADUNG, 3);
        score(context, DENPASAR, 4);
        score(context, KARO, 3);
        move.transition(LATER, "FINALIZED", "every panel submitted", "test");
    }

    /** The region took part (it attended its interview) and the assessor scored and submitted every question. */
    private static void score(ApplicationContext context, String region, int score) {
        Actor admin = TestActors.admin();
        Actor assessor = TestActors.assessor(ASSESSOR);
        context.getBean(AssignPanel.class).assign(LATER, region, java.util.List.of(ASSESSOR), admin);
        ScheduleInterviews interviews = context.getBean(ScheduleInterviews.class);
        interviews.schedule(
                LATER, region, OffsetDateTime.of(LATER, 11, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7)), "", admin);
        interviews.recordAttendance(LATER, region, true, java.util.List.of(), admin);
        ScoreQuestions scoring = context.getBean(ScoreQuestions.class);
        for (int no = 1; no <= QUESTIONS; no++) {
            scoring.score(LATER, region, no, score, "", null, assessor);
        }
        scoring.submit(LATER, region, assessor);
    }
}
