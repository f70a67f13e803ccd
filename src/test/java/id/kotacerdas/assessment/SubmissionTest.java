package id.kotacerdas.assessment;

import static id.kotacerdas.assessment.SelfAssessmentFixture.BADUNG;
import static id.kotacerdas.assessment.SelfAssessmentFixture.DENPASAR;
import static id.kotacerdas.assessment.SelfAssessmentFixture.PROBLEM;
import static id.kotacerdas.assessment.SelfAssessmentFixture.admin;
import static id.kotacerdas.assessment.SelfAssessmentFixture.answerBody;
import static id.kotacerdas.assessment.SelfAssessmentFixture.answers;
import static id.kotacerdas.assessment.SelfAssessmentFixture.as;
import static id.kotacerdas.assessment.SelfAssessmentFixture.json;
import static id.kotacerdas.assessment.SelfAssessmentFixture.putAnswer;
import static id.kotacerdas.assessment.SelfAssessmentFixture.read;
import static id.kotacerdas.assessment.SelfAssessmentFixture.regionPath;
import static id.kotacerdas.assessment.SelfAssessmentFixture.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.notification.DeadlineReminders;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.support.IntegrationTest;
import id.kotacerdas.support.TestYears;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The operator submits once every question is answered and before the deadline; a submission freezes
 * the answers until an administrator reopens it with a reason. After the deadline, an administrator can give one
 * region more time (an extension); those scenarios run last, on the late period the others leave behind.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmissionTest {

    static final int OPEN_YEAR = TestYears.SUBMISSION_OPEN;
    static final int LATE_YEAR = TestYears.SUBMISSION_LATE;
    static final int DRAFT_YEAR = TestYears.SUBMISSION_DRAFT;
    static final String OPERATOR = "sa-sub-op-badung";
    static final String OTHER_OPERATOR = "sa-sub-op-denpasar";

    @Autowired
    MockMvc mvc;

    @Autowired
    ManageAccounts accounts;

    @Autowired
    DeadlineReminders reminders;

    @BeforeAll
    void periods() throws Exception {
        SelfAssessmentFixture.operator(accounts, OPERATOR, BADUNG);
        SelfAssessmentFixture.operator(accounts, OTHER_OPERATOR, DENPASAR);
        SelfAssessmentFixture.openPeriod(mvc, OPEN_YEAR, BADUNG);
        SelfAssessmentFixture.openPeriod(mvc, LATE_YEAR, BADUNG, DENPASAR);
        SelfAssessmentFixture.draftPeriod(mvc, DRAFT_YEAR, BADUNG);
    }

    @Test
    void a_complete_self_assessment_is_submitted_once_and_reopened_by_an_admin_with_a_reason() throws Exception {
        submit(OPEN_YEAR, OPERATOR)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("selfAssessment.unanswered"))
                .andExpect(jsonPath("$.unanswered.length()").value(115));

        for (int no = 1; no <= 115; no++) {
            if (no != 77) {
                putAnswer(mvc, as(OPERATOR), OPEN_YEAR, BADUNG, no, answerBody(1 + no % 4, "Bukti " + no, 0))
                        .andExpect(status().isOk());
            }
        }
        submit(OPEN_YEAR, OPERATOR)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.unanswered"))
                .andExpect(jsonPath("$.unanswered.length()").value(1))
                .andExpect(jsonPath("$.unanswered[0]").value(77));

        putAnswer(mvc, as(OPERATOR), OPEN_YEAR, BADUNG, 77, answerBody(2, "Bukti 77", 0))
                .andExpect(status().isOk());
        JsonNode first = read(submit(OPEN_YEAR, OPERATOR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(true))
                .andExpect(jsonPath("$.submittedBy").value(OPERATOR))
                .andExpect(jsonPath("$.answered").value(115))
                .andExpect(jsonPath("$.unanswered.length()").value(0)));
        assertThat(first.get("submittedAt").isNull()).isFalse();

        JsonNode again = read(submit(OPEN_YEAR, OPERATOR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(true)));
        assertThat(again.get("submittedAt")).isEqualTo(first.get("submittedAt"));
        assertThat(again.get("submittedBy")).isEqualTo(first.get("submittedBy"));

        putAnswer(mvc, as(OPERATOR), OPEN_YEAR, BADUNG, 1, answerBody(4, "Setelah dikirim", 1))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("selfAssessment.submitted"));
        assertThat(answer(OPEN_YEAR, 1).get("level").asInt()).isEqualTo(2);
        assertThat(answer(OPEN_YEAR, 1).get("version").asInt()).isEqualTo(1);
        SelfAssessmentFixture.uploadPdf(mvc, as(OPERATOR), OPEN_YEAR, BADUNG)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.submitted"));
        assertThat(evidence(OPEN_YEAR)).isEmpty();

        mvc.perform(get(regionPath(OPEN_YEAR, BADUNG) + "/self-assessment").with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered").value(115))
                .andExpect(jsonPath("$.questions").value(115))
                .andExpect(jsonPath("$.submitted").value(true))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'BASELINE')].questions")
                        .value(5))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'BASELINE')].answered")
                        .value(5))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'OUTPUT')].questions")
                        .value(11))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'OUTPUT')].answered")
                        .value(11))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'OUTCOME')].questions")
                        .value(33))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'OUTCOME')].answered")
                        .value(33))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'IMPACT')].questions")
                        .value(54))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'IMPACT')].answered")
                        .value(54))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'QUICK_WIN')].questions")
                        .value(12))
                .andExpect(jsonPath("$.dimensions[?(@.dimension == 'QUICK_WIN')].answered")
                        .value(12));

        reopen(OPERATOR, "{\"reason\":\"Saya ingin mengubah\"}").andExpect(status().isForbidden());
        reopen("admin", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("selfAssessment.reopen.reason"));
        reopen("admin", "{\"reason\":\"   \"}").andExpect(status().isBadRequest());
        mvc.perform(get(regionPath(OPEN_YEAR, BADUNG) + "/self-assessment").with(admin()))
                .andExpect(jsonPath("$.submitted").value(true));

        reopen("admin", "{\"reason\":\"Bukti pertanyaan 1 keliru\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(false));
        putAnswer(mvc, as(OPERATOR), OPEN_YEAR, BADUNG, 1, answerBody(4, "Setelah dibuka kembali", 1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));

        JsonNode audit = read(mvc.perform(get("/api/v1/audit")
                        .param("region", BADUNG)
                        .param("year", String.valueOf(OPEN_YEAR))
                        .with(admin()))
                .andExpect(status().isOk()));
        List<String> actions = StreamSupport.stream(audit.spliterator(), false)
                .map(e -> e.get("action").asString())
                .toList();
        assertThat(actions).containsOnlyOnce("SELF_ASSESSMENT_SUBMITTED", "SELF_ASSESSMENT_REOPENED");
    }

    @Test
    void after_the_deadline_nothing_can_be_written_or_submitted() throws Exception {
        putAnswer(mvc, as(OPERATOR), LATE_YEAR, BADUNG, 1, answerBody(3, "Tepat waktu", 0))
                .andExpect(status().isOk());
        SelfAssessmentFixture.schedule(mvc, LATE_YEAR, today().minusDays(5), today().minusDays(1));

        putAnswer(mvc, as(OPERATOR), LATE_YEAR, BADUNG, 1, answerBody(4, "Terlambat", 1))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));
        putAnswer(mvc, as(OPERATOR), LATE_YEAR, BADUNG, 2, answerBody(4, "Terlambat", 0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));
        submit(LATE_YEAR, OPERATOR)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));
        SelfAssessmentFixture.uploadPdf(mvc, as(OPERATOR), LATE_YEAR, BADUNG)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));
        assertThat(evidence(LATE_YEAR)).isEmpty();

        JsonNode stored = answers(mvc, LATE_YEAR, BADUNG);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("level").asInt()).isEqualTo(3);
        assertThat(stored.get(0).get("justification").asString()).isEqualTo("Tepat waktu");
        mvc.perform(get(regionPath(LATE_YEAR, BADUNG) + "/self-assessment").with(admin()))
                .andExpect(jsonPath("$.submitted").value(false));
    }

    @Test
    void a_period_still_in_draft_takes_no_answers_and_no_submission() throws Exception {
        putAnswer(mvc, as(OPERATOR), DRAFT_YEAR, BADUNG, 1, answerBody(3, "Terlalu awal", 0))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("selfAssessment.notOpen"));
        submit(DRAFT_YEAR, OPERATOR)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.notOpen"));
        assertThat(answers(mvc, DRAFT_YEAR, BADUNG)).isEmpty();
        // the draft's questionnaire is the ministry's working copy: the operator's page does not show it
        mvc.perform(get("/wilayah/" + DRAFT_YEAR + "/" + BADUNG + "/penilaian-mandiri")
                        .with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/wilayah/" + DRAFT_YEAR + "/" + BADUNG + "/penilaian-mandiri")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk());
    }

    @Test
    void a_region_not_taking_part_has_no_self_assessment() throws Exception {
        putAnswer(mvc, as(OTHER_OPERATOR), OPEN_YEAR, DENPASAR, 1, answerBody(3, "Bukan peserta", 0))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("selfAssessment.notParticipant"));
        submit(OPEN_YEAR, OTHER_OPERATOR)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("selfAssessment.notParticipant"));
        mvc.perform(get(regionPath(OPEN_YEAR, DENPASAR) + "/answers").with(as(OTHER_OPERATOR)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("selfAssessment.notParticipant"));
        // and the operator of a region not taking part may not touch a participant's self-assessment
        mvc.perform(post(regionPath(OPEN_YEAR, BADUNG) + "/submission").with(as(OTHER_OPERATOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_an_admin_reopens_and_only_a_submitted_self_assessment() throws Exception {
        mvc.perform(json(
                        post(regionPath(LATE_YEAR, BADUNG) + "/submission/reopen")
                                .with(admin()),
                        "{\"reason\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.notSubmitted"));
    }

    @Test
    @Order(Order.DEFAULT + 1)
    void a_region_given_an_extension_answers_and_submits_after_the_deadline_while_the_others_stay_closed()
            throws Exception {
        SelfAssessmentFixture.schedule(mvc, LATE_YEAR, today().minusDays(5), today().minusDays(1));
        String until = today().plusDays(3) + "T17:00:00+07:00";

        extend(as(OPERATOR), LATE_YEAR, BADUNG, extension(until, "Saya minta waktu"))
                .andExpect(status().isForbidden());
        extend(as(OTHER_OPERATOR), LATE_YEAR, BADUNG, extension(until, "x")).andExpect(status().isForbidden());
        extend(admin(), LATE_YEAR, BADUNG, "{\"until\":\"" + until + "\",\"reason\":\"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("extension.reason"));
        extend(admin(), LATE_YEAR, BADUNG, extension(today().minusDays(1) + "T23:00:00+07:00", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("extension.until.notAfterDeadline"));
        extend(admin(), LATE_YEAR, "51.04", extension(until, "x"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("selfAssessment.notParticipant"));
        extend(admin(), DRAFT_YEAR, BADUNG, extension(until, "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("extension.stage"));
        putAnswer(mvc, as(OPERATOR), LATE_YEAR, BADUNG, 1, answerBody(4, "Belum diperpanjang", 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));

        extend(admin(), LATE_YEAR, BADUNG, extension(until, "Gangguan jaringan"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("Gangguan jaringan"))
                .andExpect(jsonPath("$.grantedBy").value("admin"));
        mvc.perform(get(regionPath(LATE_YEAR, BADUNG) + "/self-assessment").with(as(OPERATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extension.reason").value("Gangguan jaringan"))
                .andExpect(jsonPath("$.extension.until").isNotEmpty());
        putAnswer(mvc, as(OPERATOR), LATE_YEAR, BADUNG, 1, answerBody(4, "Dengan perpanjangan", 1))
                .andExpect(status().isOk());
        SelfAssessmentFixture.uploadPdf(mvc, as(OPERATOR), LATE_YEAR, BADUNG).andExpect(status().isCreated());
        putAnswer(mvc, as(OTHER_OPERATOR), LATE_YEAR, DENPASAR, 1, answerBody(3, "Tanpa perpanjangan", 0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));
        putAnswer(mvc, as(OTHER_OPERATOR), LATE_YEAR, BADUNG, 2, answerBody(3, "Wilayah lain", 0))
                .andExpect(status().isForbidden());

        extend(admin(), LATE_YEAR, BADUNG, extension(today().plusDays(5) + "T17:00:00+07:00", "Diperpanjang lagi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("Diperpanjang lagi"));
        // the deadline reminders follow the extension: its 1-day reminder goes to Badung, not to Denpasar
        assertThat(reminders.queue(today().plusDays(4))).isPositive();
        String reminder = "$[?(@.kind == 'DEADLINE_REMINDER' && @.year == " + LATE_YEAR + ")]";
        mvc.perform(get("/api/v1/users/me/notices").with(as(OPERATOR)))
                .andExpect(jsonPath(reminder).isNotEmpty());
        mvc.perform(get("/api/v1/users/me/notices").with(as(OTHER_OPERATOR)))
                .andExpect(jsonPath(reminder).isEmpty());
        for (int no = 2; no <= 115; no++) {
            putAnswer(mvc, as(OPERATOR), LATE_YEAR, BADUNG, no, answerBody(1 + no % 4, "Bukti " + no, 0))
                    .andExpect(status().isOk());
        }
        submit(LATE_YEAR, OPERATOR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(true));

        extend(admin(), LATE_YEAR, BADUNG, extension(until, "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("extension.submitted"));
        putAnswer(mvc, as(OPERATOR), LATE_YEAR, BADUNG, 1, answerBody(2, "Sesudah dikirim", 2))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.submitted"));
        assertThat(auditActions(LATE_YEAR, BADUNG))
                .containsOnlyOnce(
                        "SELF_ASSESSMENT_EXTENSION_GRANTED",
                        "SELF_ASSESSMENT_EXTENSION_CHANGED",
                        "SELF_ASSESSMENT_SUBMITTED");
    }

    @Test
    @Order(Order.DEFAULT + 2)
    void an_extension_granted_on_the_tracking_dashboard_and_withdrawn_closes_the_self_assessment_again()
            throws Exception {
        SelfAssessmentFixture.schedule(mvc, LATE_YEAR, today().minusDays(5), today().minusDays(1));
        String dashboard = "/admin/periode/" + LATE_YEAR + "/pemantauan";
        String refused = mvc.perform(post(dashboard + "/" + DENPASAR + "/perpanjangan")
                        .param("until", today().plusDays(4) + "T17:00")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("id=\"error-reason-" + DENPASAR + "\"")
                .contains("Alasan perpanjangan wajib diisi.");

        mvc.perform(post(dashboard + "/" + DENPASAR + "/perpanjangan")
                        .param("until", today().plusDays(4) + "T17:00")
                        .param("reason", "Banjir di kantor Diskominfo")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(redirectedUrl(dashboard + "#track-" + DENPASAR));
        String expected =
                today().plusDays(4).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " 17:00 WIB";
        assertThat(mvc.perform(get(dashboard).with(user("admin").roles("ADMIN")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"extension-form-" + DENPASAR + "\"")
                .contains("id=\"extension-withdraw-" + DENPASAR + "\"")
                .contains(expected);
        assertThat(mvc.perform(get("/wilayah/" + LATE_YEAR + "/" + DENPASAR + "/penilaian-mandiri")
                                .with(user(OTHER_OPERATOR).roles("OPERATOR")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"extended-deadline\"")
                .contains(expected);
        putAnswer(mvc, as(OTHER_OPERATOR), LATE_YEAR, DENPASAR, 1, answerBody(3, "Dengan perpanjangan", 0))
                .andExpect(status().isOk());

        mvc.perform(delete(regionPath(LATE_YEAR, DENPASAR) + "/self-assessment/extension")
                        .with(as(OTHER_OPERATOR)))
                .andExpect(status().isForbidden());
        mvc.perform(delete(regionPath(LATE_YEAR, DENPASAR) + "/self-assessment/extension")
                        .with(admin()))
                .andExpect(status().isNoContent());
        putAnswer(mvc, as(OTHER_OPERATOR), LATE_YEAR, DENPASAR, 2, answerBody(3, "Sesudah dicabut", 0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));
        submit(LATE_YEAR, OTHER_OPERATOR)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("selfAssessment.deadlinePassed"));
        mvc.perform(delete(regionPath(LATE_YEAR, DENPASAR) + "/self-assessment/extension")
                        .with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("extension.notFound"));
        mvc.perform(get(regionPath(LATE_YEAR, DENPASAR) + "/self-assessment").with(as(OTHER_OPERATOR)))
                .andExpect(jsonPath("$.extension").isEmpty());
        assertThat(auditActions(LATE_YEAR, DENPASAR))
                .containsOnlyOnce("SELF_ASSESSMENT_EXTENSION_GRANTED", "SELF_ASSESSMENT_EXTENSION_WITHDRAWN");
    }

    private ResultActions extend(RequestPostProcessor user, int year, String region, String body) throws Exception {
        return mvc.perform(json(
                put(regionPath(year, region) + "/self-assessment/extension").with(user), body));
    }

    private static String extension(String until, String reason) {
        return "{\"until\":\"" + until + "\",\"reason\":\"" + reason + "\"}";
    }

    private List<String> auditActions(int year, String region) throws Exception {
        JsonNode audit = read(mvc.perform(get("/api/v1/audit")
                        .param("region", region)
                        .param("year", String.valueOf(year))
                        .with(admin()))
                .andExpect(status().isOk()));
        return StreamSupport.stream(audit.spliterator(), false)
                .map(e -> e.get("action").asString())
                .toList();
    }

    private ResultActions submit(int year, String user) throws Exception {
        String region = user.equals(OPERATOR) ? BADUNG : DENPASAR;
        return mvc.perform(post(regionPath(year, region) + "/submission").with(as(user)));
    }

    private ResultActions reopen(String user, String body) throws Exception {
        return mvc.perform(json(
                post(regionPath(OPEN_YEAR, BADUNG) + "/submission/reopen")
                        .with(user.equals("admin") ? admin() : as(user)),
                body));
    }

    private JsonNode evidence(int year) throws Exception {
        return read(mvc.perform(get(regionPath(year, BADUNG) + "/evidence").with(admin()))
                .andExpect(status().isOk()));
    }

    private JsonNode answer(int year, int no) throws Exception {
        return StreamSupport.stream(answers(mvc, year, BADUNG).spliterator(), false)
                .filter(a -> a.get("no").asInt() == no)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no answer " + no));
    }
}
