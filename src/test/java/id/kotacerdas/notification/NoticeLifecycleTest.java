package id.kotacerdas.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kotacerdas.assessment.AnswerQuestions;
import id.kotacerdas.assessment.AssignPanel;
import id.kotacerdas.assessment.ReopenScoring;
import id.kotacerdas.assessment.ScheduleInterviews;
import id.kotacerdas.assessment.ScoreQuestions;
import id.kotacerdas.assessment.SelfAssessmentProgress;
import id.kotacerdas.assessment.SubmitSelfAssessment;
import id.kotacerdas.audit.AuditTrail;
import id.kotacerdas.instrument.CreatePeriod;
import id.kotacerdas.instrument.ManageParticipants;
import id.kotacerdas.instrument.MovePeriod;
import id.kotacerdas.security.Actor;
import id.kotacerdas.security.ManageAccounts;
import id.kotacerdas.security.NewAccount;
import id.kotacerdas.support.TestActors;
import id.kotacerdas.support.TestYears;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One period through its whole lifecycle, every notice on the way read from a real SMTP server: operators hear that
 * the self-assessment opens, are reminded 7 days and 1 day before the deadline of what is unanswered, get a receipt
 * number when they submit and the reason when it is reopened; assessors hear they joined a panel, get the interview
 * as a calendar invitation and are told when reconciliation waits; everyone concerned gets the links to the
 * region's results page and report once published. Each in the recipient's language.
 */
@MailTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeLifecycleTest {

    private static final int YEAR = TestYears.NOTICES_LIFECYCLE;
    private static final String REGION = "51.03";
    private static final String PASSWORD = "Pura-Tanah-Lot-di-senja-1983!";
    private static final int QUESTIONS = 115;
    private static final int SPREAD = 7;
    private static final String LINKS = "https://survei.kotacerdas.test";

    private static final String OPERATOR = "op-nl-5103";
    private static final String OPERATOR_EN = "op-nl-5103-en";
    private static final String ASSESSOR = "asr-nl-1";
    private static final String ASSESSOR_EN = "asr-nl-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    MovePeriod move;

    @Autowired
    DispatchNotices dispatch;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    AnswerQuestions answers;

    @Autowired
    SubmitSelfAssessment submission;

    @Autowired
    ScoreQuestions scoring;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private final LocalDate deadline = today.plusDays(10);

    @BeforeAll
    void a_period_with_badung_taking_part(
            @Autowired CreatePeriod periods,
            @Autowired ManageParticipants participants,
            @Autowired ManageAccounts accounts) {
        accounts.create(account(OPERATOR, "Ketut Operator", "OPERATOR", REGION, null, "id"));
        accounts.create(account(OPERATOR_EN, "Made Operator", "OPERATOR", REGION, null, "en"));
        accounts.create(account(ASSESSOR, "Gede Asesor", "ASSESSOR", null, "Universitas Udayana", "id"));
        accounts.create(account(ASSESSOR_EN, "Nyoman Assessor", "ASSESSOR", null, "ITB", "en"));
        periods.create(YEAR, 2024, "test");
        participants.set(YEAR, REGION, "REGULER", "test");
        move.schedule(YEAR, today.minusDays(1), deadline, "test");
    }

    @Test
    @Order(1)
    void operators_hear_that_the_self_assessment_opens_each_in_their_language() {
        move.transition(YEAR, "SELF_ASSESSMENT", "dibuka", "admin");
        send();

        MimeMessage id = only(OPERATOR);
        assertThat(Mails.subject(id)).isEqualTo("Penilaian mandiri Kota Cerdas " + YEAR + " dibuka: Kabupaten Badung");
        assertThat(Mails.from(id)).isEqualTo(MailServer.FROM);
        assertThat(Mails.text(id))
                .startsWith("Yth. Ketut Operator,")
                .contains("Batas pengiriman: " + day(deadline, "id"))
                .contains(LINKS + "/wilayah/" + YEAR + "/" + REGION + "/penilaian-mandiri");
        MimeMessage en = only(OPERATOR_EN);
        assertThat(Mails.subject(en)).isEqualTo("Kota Cerdas " + YEAR + " self-assessment open: Kabupaten Badung");
        assertThat(Mails.text(en)).startsWith("Dear Made Operator,").contains("Deadline: " + day(deadline, "en"));
        assertThat(MailServer.to(address(ASSESSOR)))
                .as("assessors are not told")
                .isEmpty();
    }

    @Test
    @Order(2)
    void the_7_day_reminder_lists_what_is_unanswered_once() {
        for (int no = 1; no <= QUESTIONS - 3; no++) {
            answers.answer(YEAR, REGION, no, 3, "Perbup tentang kota cerdas", null, operator());
        }

        assertThat(reminders.queue(deadline.minusDays(8)))
                .as("8 days before: none")
                .isZero();
        assertThat(reminders.queue(deadline.minusDays(7)))
                .as("one per operator")
                .isEqualTo(2);
        assertThat(reminders.queue(deadline.minusDays(7)))
                .as("the same day again")
                .isZero();
        assertThat(reminders.queue(deadline.minusDays(5)))
                .as("the 7-day reminder is sent once")
                .isZero();
        send();

        MimeMessage sevenDays = only(OPERATOR, "Pengingat");
        assertThat(Mails.subject(sevenDays))
                .isEqualTo("Pengingat: penilaian mandiri Kabupaten Badung berakhir dalam 7 hari");
        assertThat(Mails.text(sevenDays))
                .contains("Pertanyaan yang belum dijawab (3):")
                .contains("- 113. ")
                .contains("- 115. ")
                .doesNotContain("- 112. ");
        assertThat(Mails.subject(only(OPERATOR_EN, "Reminder")))
                .isEqualTo("Reminder: the Kabupaten Badung self-assessment closes in 7 days");
    }

    @Test
    @Order(3)
    void a_submission_is_received_with_a_readable_receipt_number() throws Exception {
        for (int no = QUESTIONS - 2; no <= QUESTIONS; no++) {
            answers.answer(YEAR, REGION, no, 3, "Perbup tentang kota cerdas", null, operator());
        }
        SelfAssessmentProgress progress = submission.submit(YEAR, REGION, operator());
        send();

        String receipt = "KC-" + YEAR + "-" + REGION + "-0001";
        assertThat(progress.receiptNumber()).isEqualTo(receipt);
        MimeMessage received = only(OPERATOR, "Tanda terima");
        assertThat(Mails.subject(received)).isEqualTo("Tanda terima penilaian mandiri Kabupaten Badung: " + receipt);
        assertThat(Mails.text(received))
                .contains("Nomor tanda terima: " + receipt)
                .contains("oleh " + OPERATOR);
        assertThat(Mails.text(only(OPERATOR_EN, "Receipt"))).contains("Receipt number: " + receipt);
        assertThat(reminders.queue(deadline.minusDays(1)))
                .as("no reminder once submitted")
                .isZero();
        mvc.perform(get("/wilayah/" + YEAR + "/" + REGION + "/penilaian-mandiri")
                        .with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nomor tanda terima: " + receipt)));
    }

    @Test
    @Order(4)
    void reopening_tells_the_operators_why_reminds_them_again_and_submitting_again_keeps_the_receipt() {
        submission.reopen(YEAR, REGION, "Bukti SK belum ditandatangani; unggah yang sudah sah", TestActors.admin());
        send();

        MimeMessage reopened = only(OPERATOR, "dibuka kembali");
        assertThat(Mails.subject(reopened)).isEqualTo("Penilaian mandiri Kabupaten Badung dibuka kembali");
        assertThat(Mails.text(reopened))
                .contains("Alasan:\nBukti SK belum ditandatangani; unggah yang sudah sah")
                .contains("Batas pengiriman: " + day(deadline, "id"));

        assertThat(reminders.queue(deadline.minusDays(1)))
                .as("reopened: reminded again")
                .isEqualTo(2);
        assertThat(reminders.queue(deadline))
                .as("the 1-day reminder is sent once")
                .isZero();
        send();
        MimeMessage oneDay = only(OPERATOR, "dalam 1 hari");
        assertThat(Mails.subject(oneDay))
                .isEqualTo("Pengingat: penilaian mandiri Kabupaten Badung berakhir dalam 1 hari");
        assertThat(Mails.text(oneDay))
                .contains("Semua pertanyaan sudah dijawab")
                .doesNotContain("belum dijawab");

        SelfAssessmentProgress again = submission.submit(YEAR, REGION, operator());
        send();
        assertThat(again.receiptNumber()).isEqualTo("KC-" + YEAR + "-" + REGION + "-0001");
        assertThat(MailServer.to(address(OPERATOR)))
                .extracting(Mails::subject)
                .filteredOn(s -> s.startsWith("Tanda terima"))
                .hasSize(2);
    }

    @Test
    @Order(5)
    void assessors_hear_that_they_joined_a_panel(@Autowired AssignPanel panels) {
        panels.assign(YEAR, REGION, List.of(ASSESSOR), TestActors.admin());
        panels.assign(YEAR, REGION, List.of(ASSESSOR, ASSESSOR_EN), TestActors.admin());
        send();

        MimeMessage assigned = only(ASSESSOR);
        assertThat(Mails.subject(assigned)).isEqualTo("Penugasan asesor Kota Cerdas " + YEAR + ": Kabupaten Badung");
        assertThat(Mails.text(assigned)).contains(LINKS + "/penilaian/" + YEAR + "/" + REGION);
        assertThat(Mails.subject(only(ASSESSOR_EN)))
                .as("told once, when they joined")
                .isEqualTo("Kota Cerdas " + YEAR + " assessor assignment: Kabupaten Badung");
    }

    @Test
    @Order(6)
    void the_interview_comes_with_a_calendar_invitation_that_a_new_time_replaces(
            @Autowired ScheduleInterviews interviews) {
        move.transition(YEAR, "ASSESSMENT", "penilaian", "admin");
        OffsetDateTime at = OffsetDateTime.of(YEAR, 11, 5, 9, 30, 0, 0, ZoneOffset.ofHours(7));
        interviews.schedule(YEAR, REGION, at, "https://meet.example.go.id/kc-badung", TestActors.admin());
        send();

        MimeMessage invitation = only(ASSESSOR, "Jadwal wawancara");
        assertThat(Mails.text(invitation))
                .contains("Waktu: 5 November " + YEAR + ", 09.30 WIB")
                .contains("Tautan rapat: https://meet.example.go.id/kc-badung");
        Mails.Attached ics = Mails.attachments(invitation).get(0);
        assertThat(ics.name()).isEqualTo("wawancara-" + YEAR + "-" + REGION + ".ics");
        assertThat(ics.contentType()).startsWith("text/calendar").contains("method=REQUEST");
        Map<String, String> event = Ics.properties(ics.text());
        assertThat(event)
                .containsEntry("METHOD", "REQUEST")
                .containsEntry("UID", "interview-" + YEAR + "-" + REGION + "@kotacerdas")
                .containsEntry("SEQUENCE", "0")
                .containsEntry("DTSTART", YEAR + "1105T023000Z")
                .containsEntry("DTEND", YEAR + "1105T043000Z")
                .containsEntry("LOCATION", "https://meet.example.go.id/kc-badung")
                .containsEntry("ORGANIZER", "mailto:" + MailServer.FROM)
                .containsEntry("ATTENDEE", "mailto:" + address(ASSESSOR));
        assertThat(Ics.text(event.get("SUMMARY"))).isEqualTo("Wawancara Kota Cerdas " + YEAR + ": Kabupaten Badung");
        assertThat(Mails.attachments(only(OPERATOR, "Jadwal wawancara")))
                .as("the region's operators are invited too")
                .hasSize(1);
        assertThat(Mails.subject(only(ASSESSOR_EN, "interview")))
                .isEqualTo("Kota Cerdas " + YEAR + " interview scheduled: Kabupaten Badung");

        interviews.schedule(YEAR, REGION, at.plusDays(1), "", TestActors.admin());
        send();
        List<MimeMessage> both = MailServer.to(address(ASSESSOR)).stream()
                .filter(m -> Mails.subject(m).startsWith("Jadwal wawancara"))
                .toList();
        assertThat(both).hasSize(2);
        Map<String, String> moved =
                Ics.properties(Mails.attachments(both.get(1)).get(0).text());
        assertThat(moved)
                .containsEntry("UID", event.get("UID"))
                .containsEntry("SEQUENCE", "1")
                .containsEntry("DTSTART", YEAR + "1106T023000Z")
                .doesNotContainKey("LOCATION");
    }

    @Test
    @Order(7)
    void reconciliation_waits_for_the_panel_when_scores_spread_and_for_an_assessor_whose_scoring_is_reopened(
            @Autowired ReopenScoring reopen) {
        scoreAll(ASSESSOR, 3);
        scoreAll(ASSESSOR_EN, 1);
        scoring.submit(YEAR, REGION, TestActors.assessor(ASSESSOR));
        send();
        assertThat(MailServer.to(address(ASSESSOR)))
                .as("not while a member has yet to submit")
                .extracting(Mails::subject)
                .noneMatch(s -> s.startsWith("Rekonsiliasi"));

        scoring.submit(YEAR, REGION, TestActors.assessor(ASSESSOR_EN));
        send();
        MimeMessage spread = only(ASSESSOR, "Rekonsiliasi");
        assertThat(Mails.subject(spread)).isEqualTo("Rekonsiliasi skor menunggu: Kabupaten Badung (" + YEAR + ")");
        assertThat(Mails.text(spread)).contains("Pertanyaan dalam rekonsiliasi: " + SPREAD + "\n");
        assertThat(Mails.text(only(ASSESSOR_EN, "reconciliation")))
                .contains("Questions in reconciliation: " + SPREAD + "\n");

        reopen.reopen(YEAR, REGION, ASSESSOR, "Skor pertanyaan 7 perlu ditinjau ulang", TestActors.admin());
        send();
        List<MimeMessage> toAssessor = MailServer.to(address(ASSESSOR)).stream()
                .filter(m -> Mails.subject(m).startsWith("Rekonsiliasi"))
                .toList();
        assertThat(toAssessor).hasSize(2);
        assertThat(Mails.text(toAssessor.get(1)))
                .contains("Administrator membuka kembali skor Anda")
                .contains("Alasan:\nSkor pertanyaan 7 perlu ditinjau ulang");
        assertThat(MailServer.to(address(ASSESSOR_EN)))
                .as("only the reopened assessor")
                .filteredOn(m -> Mails.subject(m).startsWith("Score reconciliation"))
                .hasSize(1);
        scoring.submit(YEAR, REGION, TestActors.assessor(ASSESSOR));
    }

    @Test
    @Order(8)
    void everyone_concerned_gets_the_regions_results_page_and_report_once_published() throws Exception {
        move.transition(YEAR, "FINALIZED", "final", "admin");
        move.transition(YEAR, "PUBLISHED", "diumumkan", "admin");
        send();

        String page = LINKS + "/hasil/" + YEAR + "/" + REGION;
        String report = LINKS + "/api/v1/periods/" + YEAR + "/regions/" + REGION + "/report.pdf";
        for (String account : List.of(OPERATOR, ASSESSOR)) {
            MimeMessage published = only(account, "Hasil evaluasi");
            assertThat(Mails.subject(published))
                    .isEqualTo("Hasil evaluasi Kota Cerdas " + YEAR + " diterbitkan: Kabupaten Badung");
            assertThat(Mails.text(published)).contains(page + "\n").contains(report + "\n");
        }
        for (String account : List.of(OPERATOR_EN, ASSESSOR_EN)) {
            assertThat(Mails.text(only(account, "evaluation results")))
                    .contains(page)
                    .contains(report);
        }
        mvc.perform(get(page.substring(LINKS.length()))).andExpect(status().isOk());
    }

    @Test
    @Order(9)
    void administrators_see_what_was_sent_and_the_audit_trail_records_it(@Autowired AuditTrail audit) throws Exception {
        mvc.perform(get("/api/v1/notices")
                        .param("status", "SENT")
                        .param("kind", "RESULTS_PUBLISHED")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.recipient == '" + OPERATOR + "')].email")
                        .value(address(OPERATOR)))
                .andExpect(jsonPath("$[?(@.recipient == '" + OPERATOR + "')].attempts")
                        .value(1));
        mvc.perform(get("/api/v1/users/me/notices").with(user(OPERATOR).roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("RESULTS_PUBLISHED"))
                .andExpect(jsonPath("$[?(@.recipient != '" + OPERATOR + "')]").isEmpty());
        assertThat(audit.find(REGION, YEAR))
                .filteredOn(e -> e.action().equals("NOTICE_SENT"))
                .extracting(e -> e.newValue())
                .contains(address(OPERATOR), address(ASSESSOR_EN));
    }

    private void send() {
        while (dispatch.dispatchDue(Instant.now()) > 0) {
            // a batch at a time, until nothing is due
        }
    }

    private void scoreAll(String assessor, int spreadScore) {
        for (int no = 1; no <= QUESTIONS; no++) {
            scoring.score(YEAR, REGION, no, no == SPREAD ? spreadScore : 3, "", null, TestActors.assessor(assessor));
        }
    }

    /** The one message to the account (whose subject contains the word, when given). */
    private static MimeMessage only(String account, String... word) {
        List<MimeMessage> messages = MailServer.to(address(account)).stream()
                .filter(m -> word.length == 0 || Mails.subject(m).contains(word[0]))
                .toList();
        assertThat(messages).as("messages to " + account).hasSize(1);
        return messages.get(0);
    }

    private static Actor operator() {
        return TestActors.operator(OPERATOR, REGION);
    }

    private static String address(String account) {
        return account + "@badung.test";
    }

    private static String day(LocalDate day, String language) {
        return new NoticeTemplates.Formats(java.util.Locale.forLanguageTag(language)).day(day);
    }

    private static NewAccount account(
            String username, String name, String role, String region, String affiliation, String language) {
        return new NewAccount(username, PASSWORD, name, role, region, affiliation, address(username), language);
    }
}
