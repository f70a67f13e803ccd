package id.kotacerdas.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.AnswerView;
import id.kotacerdas.assessment.AssessmentApi;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.assessment.SubmitSelfAssessment;
import id.kotacerdas.assessment.TrackPeriod;
import id.kotacerdas.assessment.TrackingRow;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.InstrumentApi;
import id.kotacerdas.instrument.PeriodStatus;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.shared.domain.Conflict;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.survey.SurveyApi;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * With demo data on (as {@code ./mvnw spring-boot:run} starts), the application starts with a period in progress:
 * each demo region at its stage, an account per role that signs in and sees its role's pages, the accounts listed
 * once in the log, and a banner saying it is demo data. Its own application context and database (the other tests
 * run without demo data).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kc.demo-data=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DemoPeriodTest {

    private static final int YEAR = DemoData.YEAR;
    private static final String NEW_PASSWORD = "Kopi-tubruk-Gayo-7431";

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentApi instruments;

    @Autowired
    TrackPeriod tracking;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    ScoreQuestions scores;

    @Autowired
    SurveyApi surveys;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    DemoSeeder seeder;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    AnswerQuestions answers;

    @Autowired
    SubmitSelfAssessment submissions;

    @Test
    void the_demo_period_is_in_assessment_with_each_region_at_its_own_stage() {
        assertThat(instruments.period(YEAR).status()).isEqualTo(PeriodStatus.ASSESSMENT);
        assertThat(instruments.instrument(YEAR).questions())
                .hasSameSizeAs(instruments.instrument(DemoData.COPIED_FROM).questions());
        Map<String, TrackingRow> rows = tracking.rows(YEAR, TestActors.admin()).stream()
                .collect(Collectors.toMap(TrackingRow::regionCode, Function.identity()));
        assertThat(rows).hasSize(DemoData.REGIONS.size());

        TrackingRow answering = rows.get(DemoData.ANSWERING.code());
        assertThat(answering.submitted()).isFalse();
        assertThat(answering.answered()).isBetween(1, answering.questions() - 1);

        TrackingRow submitted = rows.get(DemoData.SUBMITTED.code());
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.assessors()).isEqualTo(5);
        assertThat(submitted.assessorsDone()).isZero();
        assertThat(submitted.interviewHeld()).isFalse();

        TrackingRow scored = rows.get(DemoData.SCORED.code());
        assertThat(scored.answered()).isEqualTo(scored.questions());
        assertThat(scored.assessorsDone()).isEqualTo(5);
        assertThat(scored.interviewHeld()).isTrue();
        assertThat(scored.reconciliationOpen())
                .as("questions in reconciliation")
                .isBetween(1, 20);
        assertThat(scored.agreement()).isNotNull();
        assertThat(assessments.findings(YEAR, DemoData.SCORED.code()))
                .extracting(f -> f.kind())
                .contains("KEKUATAN", "KELEMAHAN", "REKOMENDASI");
        assertThat(scores.scores(YEAR, DemoData.SCORED.code(), TestActors.admin())
                        .scores())
                .extracting(s -> s.score())
                .as("scores spread over the scale")
                .contains(2, 3, 4);

        TrackingRow scoring = rows.get(DemoData.SCORING.code());
        assertThat(scoring.assessorsDone()).isEqualTo(2);

        var survey = surveys.summary(YEAR, DemoData.SURVEY.code(), TestActors.admin());
        assertThat(survey.dimensions().values())
                .allSatisfy(d -> assertThat(d.responses()).isEqualTo(d.quota() / 2))
                .allSatisfy(d -> assertThat(d.straightLined()).isZero());
        assertThat(survey.dimensions().values().stream()
                        .mapToInt(d -> d.responses())
                        .sum())
                .isEqualTo(DemoData.SURVEY_RESPONSES);
        assertThat(rows.get(DemoData.SURVEY.code()).submitted()).isTrue();
    }

    @Test
    void banyuwangi_keeps_answering_under_its_extension_while_submitted_denpasar_cannot() {
        String banyuwangi = DemoData.ANSWERING.code();
        var extension =
                submissions.progress(YEAR, banyuwangi, TestActors.admin()).extension();
        assertThat(extension.reason()).contains("Gangguan jaringan");
        assertThat(extension.until()).isAfter(OffsetDateTime.now());
        Set<Integer> answered = answers.answers(YEAR, banyuwangi, TestActors.admin()).stream()
                .map(AnswerView::no)
                .collect(Collectors.toSet());
        int next = instruments.instrument(YEAR).questions().stream()
                .map(q -> q.no())
                .filter(no -> !answered.contains(no))
                .findFirst()
                .orElseThrow();
        Actor operator = TestActors.operator(DemoData.operatorOf(DemoData.ANSWERING), banyuwangi);

        answers.answer(YEAR, banyuwangi, next, 3, "Dijawab dalam masa perpanjangan", 0, operator);

        assertThat(tracking.rows(YEAR, TestActors.admin()).stream()
                        .filter(r -> r.regionCode().equals(banyuwangi))
                        .findFirst()
                        .orElseThrow())
                .satisfies(r -> assertThat(r.answered()).isEqualTo(answered.size() + 1))
                .satisfies(r -> assertThat(r.extendedUntil()).isEqualTo(extension.until()));
        String denpasar = DemoData.SUBMITTED.code();
        Actor submitted = TestActors.operator(DemoData.operatorOf(DemoData.SUBMITTED), denpasar);
        assertThatThrownBy(() -> answers.answer(YEAR, denpasar, 1, 2, "Sesudah dikirim", null, submitted))
                .isInstanceOfSatisfying(
                        Conflict.class, c -> assertThat(c.messageKey()).isEqualTo("selfAssessment.notOpen"));
    }

    @Test
    void each_demo_account_signs_in_changes_its_password_and_sees_the_pages_of_its_role() throws Exception {
        Map<String, String> passwords = passwordsInTheFile();
        assertThat(passwords).hasSize(DemoData.REGIONS.size() + DemoData.ASSESSORS.size() + 1);
        String badung = DemoData.SCORED.code();

        for (DemoRegion region : DemoData.REGIONS) {
            Cookie operator = signIn(DemoData.operatorOf(region), passwords);
            assertThat(page("/wilayah/" + YEAR + "/" + region.code() + "/penilaian-mandiri", operator))
                    .contains("id=\"demo-banner\"")
                    .contains(region.submits() ? "115 dari 115" : "dari 115");
        }
        for (DemoAssessor demo : DemoData.ASSESSORS) {
            Cookie assessor = signIn(demo.username(), passwords);
            assertThat(page("/penilaian", assessor)).contains("/penilaian/" + YEAR + "/" + badung);
            assertThat(page("/penilaian/" + YEAR + "/" + badung, assessor)).contains("Kabupaten Badung");
        }
        Cookie enumerator = signIn(DemoData.enumeratorOf(DemoData.SURVEY), passwords);
        assertThat(page("/wilayah/" + YEAR + "/" + DemoData.SURVEY.code() + "/survei/isian", enumerator))
                .contains("id=\"entry-GOVERNANCE\"");
    }

    @Test
    void the_administrator_sees_the_demo_period_on_the_tracking_dashboard() throws Exception {
        MvcResult page = mvc.perform(get("/admin/periode/" + YEAR + "/pemantauan")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        DemoData.REGIONS.forEach(region -> assertThat(html).contains(region.code()));
    }

    @Test
    void every_page_says_it_shows_demo_data_in_the_readers_language() throws Exception {
        assertThat(page("/hasil/2024", null))
                .contains("id=\"demo-banner\" role=\"status\"")
                .contains("Ini situs demo");
        assertThat(page("/hasil/2024?lang=en", null)).contains("This is a demo site");
        assertThat(page("/masuk", null)).contains("id=\"demo-banner\"");
        assertThat(page("/survei/" + YEAR + "/" + DemoData.SURVEY.code(), null)).contains("id=\"demo-banner\"");
    }

    @Test
    void the_accounts_are_listed_once_and_a_second_run_changes_nothing(CapturedOutput output) throws Exception {
        assertThat(occurrences(output.getAll(), "Demo accounts of period")).isEqualTo(1);
        assertThat(output.getAll()).containsPattern("ASSESSOR +asesor\\.dewi +- +\\S{20}");
        String file = Files.readString(demoAccounts.file());
        int accountsBefore = accounts.list().size();
        var lastAuditEntry = audit.find(null, null).get(0);

        seeder.run(null);

        assertThat(occurrences(output.getAll(), "Demo accounts of period")).isEqualTo(1);
        assertThat(accounts.list()).hasSize(accountsBefore);
        assertThat(audit.find(null, null).get(0)).isEqualTo(lastAuditEntry);
        assertThat(Files.readString(demoAccounts.file())).isEqualTo(file);
    }

    private Map<String, String> passwordsInTheFile() throws Exception {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String line : Files.readAllLines(demoAccounts.file())) {
            String[] cells = line.trim().split(" +");
            if (!cells[0].equals("role") && !cells[1].equals("admin")) {
                passwords.put(cells[1], cells[cells.length - 1]);
            }
        }
        return passwords;
    }

    /** Signs in through the login form and replaces the printed password, as the account must at first. */
    private Cookie signIn(String username, Map<String, String> passwords) throws Exception {
        MvcResult login = mvc.perform(formLogin("/masuk").user(username).password(passwords.get(username)))
                .andExpect(redirectedUrl("/akun"))
                .andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        mvc.perform(get("/wilayah").cookie(session)).andExpect(redirectedUrl("/akun"));
        MvcResult changed = mvc.perform(post("/akun/kata-sandi")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", passwords.get(username))
                        .param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/akun"))
                .andReturn();
        Cookie renewed = changed.getResponse().getCookie("SESSION");
        return renewed != null ? renewed : session;
    }

    private String page(String path, Cookie session) throws Exception {
        var request = get(path);
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
